CREATE TABLE invoice_archive (LIKE invoices INCLUDING ALL);

INSERT INTO invoice_archive (id, account_id, amount_cents, issued_on, paid_on, currency, amount_minor)
SELECT id, account_id, amount_cents, issued_on, paid_on, currency, amount_minor
FROM invoices
WHERE issued_on < DATE '2020-01-01';

DELETE FROM invoices WHERE issued_on < DATE '2020-01-01';
