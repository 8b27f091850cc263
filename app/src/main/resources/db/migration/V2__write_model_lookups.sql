-- The write side's own lookup tables, kept in the same transaction as the events that fill them
-- (a subscribing processor). They answer what aggregates cannot answer alone: who a phone belongs
-- to, whether a SKU is taken, which vendor a product or an order belongs to.

CREATE SCHEMA IF NOT EXISTS write_model;

CREATE TABLE write_model.users (
    id            VARCHAR(64)  PRIMARY KEY,
    phone         VARCHAR(20)  NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT users_phone_key UNIQUE (phone)
);

CREATE TABLE write_model.buyer_profiles (
    user_id        VARCHAR(64)  PRIMARY KEY REFERENCES write_model.users (id),
    business_name  VARCHAR(200) NOT NULL,
    owner_name     VARCHAR(200) NOT NULL,
    city           VARCHAR(100) NOT NULL,
    address        VARCHAR(500),
    payment_terms  VARCHAR(8)   NOT NULL DEFAULT 'COD'
);

CREATE TABLE write_model.vendor_profiles (
    user_id           VARCHAR(64)   PRIMARY KEY REFERENCES write_model.users (id),
    business_name     VARCHAR(200)  NOT NULL,
    city              VARCHAR(100)  NOT NULL,
    delivery_areas    TEXT[]        NOT NULL,
    min_order_amount  NUMERIC(14,2) NOT NULL
);

CREATE TABLE write_model.products (
    id                VARCHAR(64)   PRIMARY KEY,
    vendor_id         VARCHAR(64)   NOT NULL,
    sku               VARCHAR(64)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    unit              VARCHAR(32)   NOT NULL,
    price             NUMERIC(14,2) NOT NULL,
    min_order_qty     NUMERIC(14,3) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    CONSTRAINT products_sku_key UNIQUE (sku)
);
CREATE INDEX products_vendor_idx ON write_model.products (vendor_id);

CREATE TABLE write_model.order_index (
    order_id      VARCHAR(64) PRIMARY KEY,
    order_number  VARCHAR(32) NOT NULL,
    buyer_id      VARCHAR(64) NOT NULL,
    vendor_id     VARCHAR(64) NOT NULL,
    CONSTRAINT order_index_number_key UNIQUE (order_number)
);

-- Human-readable order numbers; gaps are harmless.
CREATE SEQUENCE write_model.order_number_seq START WITH 1000 INCREMENT BY 1;

-- A retried POST with the same Idempotency-Key answers what the first one answered.
CREATE TABLE write_model.idempotency_keys (
    user_id          VARCHAR(64)  NOT NULL,
    idem_key         VARCHAR(200) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    response_status  INTEGER,
    response_body    TEXT,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    completed_at     TIMESTAMPTZ,
    PRIMARY KEY (user_id, idem_key)
);

CREATE SCHEMA IF NOT EXISTS read_model;
