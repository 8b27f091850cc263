-- payments-projection: every payment a buyer made, as its PaymentReceived booked it (what went to
-- which order, what was held unapplied and why), every refund of held money, and what each buyer has
-- held now. Rebuilt from the payment accounts' events like every projection.
CREATE TABLE read_model.payments_received (
    payment_id   VARCHAR(100)  PRIMARY KEY,
    buyer_id     VARCHAR(64)   NOT NULL,
    amount       NUMERIC(14,2) NOT NULL,
    method       VARCHAR(16)   NOT NULL,
    gateway      VARCHAR(16),
    reference    VARCHAR(100),
    applied      NUMERIC(14,2) NOT NULL,
    unapplied    NUMERIC(14,2) NOT NULL,
    reason       VARCHAR(32),
    -- the shares, oldest due first: [{"orderId": ..., "amount": ...}]
    shares       JSONB         NOT NULL,
    received_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX payments_received_buyer_idx ON read_model.payments_received (buyer_id, received_at DESC);

CREATE TABLE read_model.payment_refunds (
    refund_id    VARCHAR(100)  PRIMARY KEY,
    buyer_id     VARCHAR(64)   NOT NULL,
    amount       NUMERIC(14,2) NOT NULL,
    note         TEXT,
    refunded_at  TIMESTAMPTZ   NOT NULL
);

-- What each buyer has held unapplied now; last_sequence keeps a redelivered event from going back.
CREATE TABLE read_model.unapplied_credit (
    buyer_id       VARCHAR(64)   PRIMARY KEY,
    balance        NUMERIC(14,2) NOT NULL,
    last_sequence  BIGINT        NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL
);
