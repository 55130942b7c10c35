-- Mistake: one statement rewrites every row of a large table.
UPDATE invoices SET amount_minor = amount_cents;

DELETE FROM invoices WHERE amount_cents = 0 AND paid_on IS NULL;

-- Mistake: deletes every account row.
DELETE FROM accounts;
