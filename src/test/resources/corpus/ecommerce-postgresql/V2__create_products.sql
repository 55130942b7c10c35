CREATE TABLE products (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku          varchar(64) NOT NULL,
    name         text NOT NULL,
    price_cents  integer NOT NULL CHECK (price_cents >= 0),
    active       boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX uk_products_sku ON products (sku);

-- Categories were modelled without a key; fixed in a later release.
CREATE TABLE product_categories (
    product_id bigint NOT NULL REFERENCES products (id),
    category   text NOT NULL
);
