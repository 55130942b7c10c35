-- Mistake: the column is amount_minor.
UPDATE invoices SET amount_minr = amount_cents * 100 WHERE currency = 'JPY';

UPDATE invoices SET paid_on = issued_on WHERE paid_on IS NULL AND amount_cents < 0; -- dbgitops:ignore builtin.walk-through-check credit notes are paid when issued

SELECT count(*) FROM invoices WHERE currency IS NULL;
