CREATE TABLE subscriptions (
    id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT UNSIGNED NOT NULL,
    seats          INT NOT NULL DEFAULT 1,
    renews_on      DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_subscriptions_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE subscriptions MODIFY COLUMN seats INT UNSIGNED NOT NULL DEFAULT 1;

-- Narrowing a column may truncate data.
ALTER TABLE tenants CHANGE COLUMN name display_name VARCHAR(100) NOT NULL;
