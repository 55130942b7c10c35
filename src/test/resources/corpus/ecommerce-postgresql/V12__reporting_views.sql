CREATE VIEW order_totals AS
    SELECT o.customer_id, count(*) AS orders, sum(o.total_cents) AS total_cents
    FROM orders o
    GROUP BY o.customer_id;

GRANT SELECT ON order_totals TO reporting;

-- Mistake: every role can read customer data.
GRANT SELECT ON customers TO PUBLIC;

SELECT * FROM order_totals;
