SET lock_timeout = '2s';

ALTER TABLE invoices DROP COLUMN amount_cents;

ALTER TABLE invoice_archive DROP COLUMN amount_cents;
