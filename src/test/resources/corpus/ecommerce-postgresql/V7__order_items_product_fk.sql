-- Add the foreign key without a long lock, then validate it separately.
ALTER TABLE order_items
    ADD CONSTRAINT fk_order_items_product FOREIGN KEY (product_id) REFERENCES products (id) NOT VALID;

ALTER TABLE order_items VALIDATE CONSTRAINT fk_order_items_product;
