-- dbgitops:ignore schema.backward-compatibility categories moved to the catalog service in 2025-03
DROP TABLE product_categories;

ALTER TABLE products DROP COLUMN active;
