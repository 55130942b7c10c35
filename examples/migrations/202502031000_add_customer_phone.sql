-- Customers may leave a phone number for delivery questions; optional, so existing rows stay valid.
ALTER TABLE customers ADD COLUMN phone VARCHAR(32);
