-- Step 3 of 3, the safe way: a NOT VALID check, validated without blocking writes.
ALTER TABLE invoices ADD CONSTRAINT ck_invoices_currency_not_null CHECK (currency IS NOT NULL) NOT VALID;
ALTER TABLE invoices VALIDATE CONSTRAINT ck_invoices_currency_not_null;

-- Mistake: scans the whole table under an ACCESS EXCLUSIVE lock.
ALTER TABLE invoices ALTER COLUMN amount_minor SET NOT NULL;
