-- Vendors' price lists. The write side's lookups price an order at placement and check who owns a list;
-- the read side's tables show the lists to their vendor and each buyer its own prices.
CREATE TABLE write_model.price_lists (
    id           VARCHAR(64)  PRIMARY KEY,
    vendor_id    VARCHAR(64)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    buyers       TEXT[]       NOT NULL DEFAULT '{}',
    valid_from   DATE,
    valid_until  DATE
);
CREATE INDEX price_lists_vendor_idx ON write_model.price_lists (vendor_id);

CREATE TABLE write_model.list_prices (
    price_list_id  VARCHAR(64)  NOT NULL REFERENCES write_model.price_lists (id),
    product_id     VARCHAR(64)  NOT NULL,
    tier_from      NUMERIC[]    NOT NULL,
    tier_price     NUMERIC[]    NOT NULL,
    PRIMARY KEY (price_list_id, product_id)
);
CREATE INDEX list_prices_product_idx ON write_model.list_prices (product_id);

CREATE TABLE read_model.price_lists (
    id           VARCHAR(64)  PRIMARY KEY,
    vendor_id    VARCHAR(64)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    buyers       TEXT[]       NOT NULL DEFAULT '{}',
    valid_from   DATE,
    valid_until  DATE,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX read_price_lists_vendor_idx ON read_model.price_lists (vendor_id);

CREATE TABLE read_model.list_prices (
    price_list_id  VARCHAR(64)  NOT NULL,
    product_id     VARCHAR(64)  NOT NULL,
    tier_from      NUMERIC[]    NOT NULL,
    tier_price     NUMERIC[]    NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (price_list_id, product_id)
);
CREATE INDEX read_list_prices_product_idx ON read_model.list_prices (product_id);
