-- The states an order goes through; referenced by orders.status.
CREATE TABLE order_statuses (
    code VARCHAR(20) PRIMARY KEY,
    description VARCHAR(200) NOT NULL
);
