CREATE TABLE monthly_revenue (
    month         date PRIMARY KEY,
    currency      char(3) NOT NULL,
    amount_minor  bigint NOT NULL DEFAULT 0
;

INSERT INTO monthly_revenue (month, currency, amount_minor)
SELECT date_trunc('month', issued_on), currency, sum(amount_minor)
FROM invoices GROUP BY 1, 2;
