-- Read models of orders, buyer credit and users, each filled by its own processing group
-- (orders-projection, credit-projection, users-projection), which can be emptied and replayed alone:
-- no group reads another group's tables. Every row that events change remembers the aggregate
-- sequence number it last applied, so a redelivered or older event changes nothing.

-- orders-projection ---------------------------------------------------------------------------------

-- One row per order, as the portals list it. placed_at stays empty while the order is a draft.
CREATE TABLE read_model.orders (
    order_id          VARCHAR(64)   PRIMARY KEY,
    order_number      VARCHAR(32)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    payment_status    VARCHAR(16)   NOT NULL DEFAULT 'UNPAID',
    buyer_id          VARCHAR(64)   NOT NULL,
    vendor_id         VARCHAR(64)   NOT NULL,
    payment_terms     VARCHAR(8)    NOT NULL,
    total_amount      NUMERIC(14,2) NOT NULL,
    paid_amount       NUMERIC(14,2) NOT NULL DEFAULT 0,
    delivery_address  VARCHAR(500),
    delivery_date     DATE,
    due_date          DATE,
    overdue           BOOLEAN       NOT NULL DEFAULT false,
    respond_by        TIMESTAMPTZ,
    decline_reason    TEXT,
    placed_at         TIMESTAMPTZ,
    created_at        TIMESTAMPTZ   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL,
    last_sequence     BIGINT        NOT NULL,
    CONSTRAINT orders_payment_status_check CHECK (payment_status IN ('UNPAID', 'PARTIALLY_PAID', 'PAID'))
);
-- The portals' lists, newest first: a buyer's, a vendor's, by status, and everyone's.
CREATE INDEX orders_buyer_idx ON read_model.orders (buyer_id, created_at DESC);
CREATE INDEX orders_vendor_idx ON read_model.orders (vendor_id, created_at DESC);
CREATE INDEX orders_status_idx ON read_model.orders (status, created_at DESC);
CREATE INDEX orders_created_idx ON read_model.orders (created_at DESC);
-- The vendor inbox: orders awaiting the vendor, the most urgent first.
CREATE INDEX orders_inbox_idx ON read_model.orders (vendor_id, respond_by) WHERE status = 'AWAITING_VENDOR';

-- The lines as sold; a partial confirmation replaces them.
CREATE TABLE read_model.order_lines (
    order_id    VARCHAR(64)   NOT NULL,
    line_no     INT           NOT NULL,
    product_id  VARCHAR(64)   NOT NULL,
    sku         VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    unit        VARCHAR(32)   NOT NULL,
    quantity    NUMERIC(14,3) NOT NULL,
    unit_price  NUMERIC(14,2) NOT NULL,
    subtotal    NUMERIC(14,2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

-- What happened to an order, one row per event; status is set where the event changed it.
CREATE TABLE read_model.order_timeline (
    order_id         VARCHAR(64)  NOT NULL,
    sequence_number  BIGINT       NOT NULL,
    status           VARCHAR(20),
    event_type       VARCHAR(64)  NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    actor_user_id    VARCHAR(64),
    actor_role       VARCHAR(16),
    channel          VARCHAR(16),
    on_behalf_of     VARCHAR(64),
    note             TEXT,
    PRIMARY KEY (order_id, sequence_number)
);

-- Names of buyers and vendors for the order lists, kept by the orders projection itself. Names are
-- joined when read, not copied into order rows: party and order events may be handled by different
-- segments, in either order.
CREATE TABLE read_model.order_parties (
    party_id  VARCHAR(64)  PRIMARY KEY,
    role      VARCHAR(16)  NOT NULL,
    name      VARCHAR(200) NOT NULL
);

-- credit-projection ---------------------------------------------------------------------------------

-- A buyer's credit account; the events carry the absolute reserved and outstanding amounts.
CREATE TABLE read_model.buyer_credit (
    buyer_id       VARCHAR(64)   PRIMARY KEY,
    account_id     VARCHAR(64)   NOT NULL,
    credit_limit   NUMERIC(14,2) NOT NULL,
    payment_terms  VARCHAR(8)    NOT NULL,
    reserved       NUMERIC(14,2) NOT NULL DEFAULT 0,
    outstanding    NUMERIC(14,2) NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ   NOT NULL,
    last_sequence  BIGINT        NOT NULL
);

-- Orders past their due date and what is still owed on each (zero once paid). A buyer's overdue
-- amount is their sum, added up when read: these rows follow order events, the account row credit
-- events, and neither has to wait for the other.
CREATE TABLE read_model.credit_overdue_orders (
    order_id       VARCHAR(64)   PRIMARY KEY,
    buyer_id       VARCHAR(64)   NOT NULL,
    due_date       DATE,
    balance        NUMERIC(14,2) NOT NULL,
    last_sequence  BIGINT        NOT NULL
);
CREATE INDEX credit_overdue_orders_buyer_idx ON read_model.credit_overdue_orders (buyer_id);

-- users-projection ----------------------------------------------------------------------------------

-- Every user and the profile of what they are: buyer (business, owner, address), vendor (business,
-- delivery areas, minimum order amount) or staff (name only).
CREATE TABLE read_model.users (
    user_id           VARCHAR(64)   PRIMARY KEY,
    phone             VARCHAR(20)   NOT NULL,
    role              VARCHAR(16)   NOT NULL,
    display_name      VARCHAR(200)  NOT NULL,
    business_name     VARCHAR(200),
    owner_name        VARCHAR(200),
    city              VARCHAR(100),
    address           VARCHAR(500),
    delivery_areas    TEXT[],
    min_order_amount  NUMERIC(14,2),
    registered_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT read_model_users_phone_unique UNIQUE (phone)
);
