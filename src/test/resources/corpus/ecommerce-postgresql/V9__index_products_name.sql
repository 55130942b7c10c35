-- dbgitops:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_products_name ON products (name);

DROP INDEX CONCURRENTLY IF EXISTS uk_products_sku;
