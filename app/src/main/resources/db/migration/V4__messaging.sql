-- Outbound WhatsApp messages. The notifications processing group keeps what a message needs to say
-- (who a user is, what an order is called) next to the messages it queues in the outbox, which a
-- sender (local outbox, or Twilio when configured) works through in id order.

CREATE SCHEMA IF NOT EXISTS messaging;

-- Who a user is on WhatsApp: filled from BuyerRegistered and VendorRegistered.
CREATE TABLE messaging.contacts (
    user_id       VARCHAR(64)  PRIMARY KEY,
    role          VARCHAR(16)  NOT NULL,
    phone         VARCHAR(20)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    language      VARCHAR(16)  NOT NULL DEFAULT 'en'
);

-- What a message about an order needs to say: most order events carry only the order id. A null
-- language means the order has no preference and the buyer's contact language applies.
CREATE TABLE messaging.order_refs (
    order_id      VARCHAR(64)   PRIMARY KEY,
    order_number  VARCHAR(32)   NOT NULL,
    buyer_id      VARCHAR(64)   NOT NULL,
    vendor_id     VARCHAR(64)   NOT NULL,
    language      VARCHAR(16),
    total_amount  NUMERIC(14,2) NOT NULL
);

-- One row per message to send. The dedup key (event id and recipient) makes a redelivered event
-- queue nothing twice; order and event ids are null for messages no event caused.
CREATE TABLE messaging.outbox (
    id            BIGSERIAL    PRIMARY KEY,
    dedup_key     VARCHAR(320) NOT NULL,
    recipient_id  VARCHAR(64)  NOT NULL,
    phone         VARCHAR(20)  NOT NULL,
    language      VARCHAR(16)  NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    body          TEXT         NOT NULL,
    order_id      VARCHAR(64),
    event_id      VARCHAR(255),
    status        VARCHAR(16)  NOT NULL DEFAULT 'PENDING',
    attempts      INT          NOT NULL DEFAULT 0,
    last_error    TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at       TIMESTAMPTZ,
    CONSTRAINT outbox_dedup_key_key UNIQUE (dedup_key),
    CONSTRAINT outbox_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
-- The sender's queue: pending messages, oldest first.
CREATE INDEX outbox_status_idx ON messaging.outbox (status, id);
-- A user's message history, newest first.
CREATE INDEX outbox_recipient_idx ON messaging.outbox (recipient_id, created_at DESC);
