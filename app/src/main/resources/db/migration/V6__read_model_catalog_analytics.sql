-- Read models of the catalog (catalog-projection) and of the daily analytics (analytics-projection).
-- Each group fills only its own tables, so either can be emptied and replayed alone. Rows that events
-- change remember the aggregate sequence number they last applied: a redelivered or older event
-- changes nothing.

-- Trigram matching for the typo-tolerant product search. The extension goes to schema public on
-- purpose: without WITH SCHEMA it would land in the first schema of Flyway's search path (axon), out
-- of reach of the application's connections (search path "$user", public), and Flyway's clean of the
-- application's schemas would drop it. pg_trgm is a trusted extension: a database owner needs no
-- superuser to create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- catalog-projection --------------------------------------------------------------------------------

-- The text a product is searched by: names in English and Nepali, SKU, aliases, and the name without
-- spaces or punctuation (so that "waiwai" meets "Wai Wai"), lower-cased. Declared immutable (what
-- array_to_string is not, in general) because it only joins text, so a generated column may use it.
CREATE FUNCTION read_model.catalog_search_text(name TEXT, name_ne TEXT, sku TEXT, aliases TEXT[])
    RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT lower(coalesce(name, '') || ' ' || coalesce(name_ne, '') || ' ' || coalesce(sku, '') || ' '
                 || coalesce(array_to_string(aliases, ' '), '') || ' '
                 || regexp_replace(coalesce(name, ''), '[[:space:][:punct:]]+', '', 'g'))
$$;

-- One row per listed product, from the product events.
CREATE TABLE read_model.catalog_products (
    product_id     VARCHAR(64)   PRIMARY KEY,
    vendor_id      VARCHAR(64)   NOT NULL,
    sku            TEXT          NOT NULL,
    name           TEXT          NOT NULL,
    name_ne        TEXT,
    aliases        TEXT[]        NOT NULL DEFAULT '{}',
    category       TEXT,
    unit           TEXT          NOT NULL,
    pack_size      TEXT,
    price          NUMERIC(14,2) NOT NULL,
    min_order_qty  NUMERIC(14,3) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    listed_at      TIMESTAMPTZ   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    last_sequence  BIGINT        NOT NULL,
    search_text    TEXT          GENERATED ALWAYS AS
        (read_model.catalog_search_text(name, name_ne, sku, aliases)) STORED,
    search_vector  TSVECTOR      GENERATED ALWAYS AS
        (to_tsvector('simple', read_model.catalog_search_text(name, name_ne, sku, aliases))) STORED
);
-- Typo-tolerant search: similarity, word similarity and substring (LIKE) over every name, SKU and alias.
CREATE INDEX catalog_products_search_trgm_idx ON read_model.catalog_products USING gin (search_text gin_trgm_ops);
-- Whole-word search of several words at once ("basmati rice 5 kg").
CREATE INDEX catalog_products_search_fts_idx ON read_model.catalog_products USING gin (search_vector);
CREATE INDEX catalog_products_vendor_idx ON read_model.catalog_products (vendor_id, name);
CREATE INDEX catalog_products_category_idx ON read_model.catalog_products (category, name);
CREATE INDEX catalog_products_sku_idx ON read_model.catalog_products (lower(sku));

-- Stock per product, from the stock events, which carry the balances (on hand, reserved) after the
-- change. A separate row, not columns of the product row: stock and product are different aggregates,
-- whose events may be handled by different segments in either order.
CREATE TABLE read_model.catalog_stock (
    product_id     VARCHAR(64)   PRIMARY KEY,
    on_hand        NUMERIC(14,3) NOT NULL,
    reserved       NUMERIC(14,3) NOT NULL,
    available      NUMERIC(14,3) GENERATED ALWAYS AS (on_hand - reserved) STORED,
    last_sequence  BIGINT        NOT NULL
);

-- Vendor names for the catalog, kept by the catalog projection itself and joined when read.
CREATE TABLE read_model.catalog_vendors (
    vendor_id      VARCHAR(64)  PRIMARY KEY,
    name           TEXT         NOT NULL,
    last_sequence  BIGINT       NOT NULL
);

-- The catalog as the API answers it: product, vendor name and stock in one row.
CREATE VIEW read_model.catalog AS
SELECT p.product_id, p.vendor_id, v.name AS vendor_name, p.sku, p.name, p.name_ne, p.aliases, p.category,
       p.unit, p.pack_size, p.price, p.min_order_qty, p.status,
       coalesce(s.on_hand, 0) AS on_hand, coalesce(s.reserved, 0) AS reserved,
       coalesce(s.available, 0) AS available, p.search_text, p.search_vector
FROM read_model.catalog_products p
LEFT JOIN read_model.catalog_stock s ON s.product_id = p.product_id
LEFT JOIN read_model.catalog_vendors v ON v.vendor_id = p.vendor_id;

-- analytics-projection ------------------------------------------------------------------------------
--
-- What the figures mean (every figure belongs to the Nepal day, Asia/Kathmandu, on which the order
-- was placed; a draft counts only once it is placed):
--   orders             orders placed that day.
--   revenue            the value of that day's orders that still stand: the total at placement, or the
--                      confirmed total after a partial confirmation; an order later rejected,
--                      cancelled, expired or declined withdraws its value from its placement day.
--   standing orders    orders minus those rejected, cancelled, expired or declined.
--   average order value revenue / standing orders (0 when none stand).
--   distinct buyers / vendors   buyers / vendors with at least one order placed that day.
--   confirmation rate  (per vendor) confirmed / (confirmed + rejected + expired): of the orders the
--                      vendor had to answer, the share it confirmed (fully or partly).
--   time to confirm    from the moment the vendor was asked (order awaiting the vendor) to its
--                      confirmation; summed here, averaged over confirmed orders when read.

-- Each placed order as the analytics know it: which day, whose, its standing value and outcome. The
-- later events of an order adjust the figures of the day it was placed on.
CREATE TABLE read_model.analytics_orders (
    order_id       VARCHAR(64)   PRIMARY KEY,
    day            DATE          NOT NULL,
    buyer_id       VARCHAR(64)   NOT NULL,
    vendor_id      VARCHAR(64)   NOT NULL,
    total          NUMERIC(14,2) NOT NULL,
    placed_at      TIMESTAMPTZ   NOT NULL,
    asked_at       TIMESTAMPTZ,
    confirmed      BOOLEAN       NOT NULL DEFAULT false,
    delivered      BOOLEAN       NOT NULL DEFAULT false,
    -- REJECTED, CANCELLED, EXPIRED or DECLINED once the order failed; empty while it stands
    outcome        VARCHAR(16),
    last_sequence  BIGINT        NOT NULL
);

-- The standing lines of each placed order, to move product figures when lines change or the order fails.
CREATE TABLE read_model.analytics_order_lines (
    order_id    VARCHAR(64)   NOT NULL,
    line_no     INT           NOT NULL,
    product_id  VARCHAR(64)   NOT NULL,
    sku         TEXT          NOT NULL,
    name        TEXT          NOT NULL,
    quantity    NUMERIC(14,3) NOT NULL,
    subtotal    NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE read_model.daily_analytics (
    day                  DATE          PRIMARY KEY,
    orders               INT           NOT NULL DEFAULT 0,
    confirmed            INT           NOT NULL DEFAULT 0,
    delivered            INT           NOT NULL DEFAULT 0,
    rejected             INT           NOT NULL DEFAULT 0,
    cancelled            INT           NOT NULL DEFAULT 0,
    expired              INT           NOT NULL DEFAULT 0,
    declined             INT           NOT NULL DEFAULT 0,
    revenue              NUMERIC(16,2) NOT NULL DEFAULT 0,
    distinct_buyers      INT           NOT NULL DEFAULT 0,
    distinct_vendors     INT           NOT NULL DEFAULT 0,
    average_order_value  NUMERIC(16,2) GENERATED ALWAYS AS (
        CASE WHEN orders - rejected - cancelled - expired - declined > 0
             THEN round(revenue / (orders - rejected - cancelled - expired - declined), 2)
             ELSE 0 END) STORED
);

CREATE TABLE read_model.daily_vendor_analytics (
    day                         DATE          NOT NULL,
    vendor_id                   VARCHAR(64)   NOT NULL,
    orders                      INT           NOT NULL DEFAULT 0,
    revenue                     NUMERIC(16,2) NOT NULL DEFAULT 0,
    confirmed                   INT           NOT NULL DEFAULT 0,
    rejected                    INT           NOT NULL DEFAULT 0,
    expired                     INT           NOT NULL DEFAULT 0,
    cancelled                   INT           NOT NULL DEFAULT 0,
    declined                    INT           NOT NULL DEFAULT 0,
    delivered                   INT           NOT NULL DEFAULT 0,
    confirmation_seconds_total  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (day, vendor_id)
);
CREATE INDEX daily_vendor_analytics_vendor_idx ON read_model.daily_vendor_analytics (vendor_id, day);

-- One row per buyer per day with orders: the distinct buyers of a day or of a period, and top buyers.
CREATE TABLE read_model.daily_buyer_analytics (
    day       DATE          NOT NULL,
    buyer_id  VARCHAR(64)   NOT NULL,
    orders    INT           NOT NULL DEFAULT 0,
    revenue   NUMERIC(16,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (day, buyer_id)
);

CREATE TABLE read_model.daily_product_analytics (
    day         DATE          NOT NULL,
    product_id  VARCHAR(64)   NOT NULL,
    sku         TEXT          NOT NULL,
    name        TEXT          NOT NULL,
    quantity    NUMERIC(16,3) NOT NULL DEFAULT 0,
    revenue     NUMERIC(16,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (day, product_id)
);

-- Names of buyers and vendors for the reports, kept by the analytics projection itself.
CREATE TABLE read_model.analytics_parties (
    party_id  VARCHAR(64)  PRIMARY KEY,
    role      VARCHAR(16)  NOT NULL,
    name      TEXT         NOT NULL
);
