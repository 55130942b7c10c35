-- Breaks the reporting service, which still reads placed_at.
ALTER TABLE orders RENAME COLUMN placed_at TO ordered_at;

-- Mistake: the old name no longer exists.
UPDATE orders SET placed_at = now() WHERE ordered_at IS NULL;
