-- Step 1 of 3: a nullable column, cheap on a large table.
ALTER TABLE invoices ADD COLUMN currency char(3);

ALTER TABLE invoices ADD COLUMN amount_minor bigint;
