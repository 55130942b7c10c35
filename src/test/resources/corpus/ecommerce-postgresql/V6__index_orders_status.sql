-- Mistake: blocks writes to orders while the index builds.
CREATE INDEX idx_orders_status ON orders (status);

-- Mistake: the column is total_cents.
CREATE INDEX CONCURRENTLY idx_orders_total ON orders (total);
