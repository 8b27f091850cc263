-- Payment links: one row per payment a buyer opened with a wallet (Khalti, eSewa). The gateway's own
-- lookup is the only proof of a payment: the return redirect and a checker that looks up open payments
-- (a payment that completes late, a buyer who never came back, a gateway that timed out) both ask it,
-- and the payment is recorded once, keyed by the gateway's reference (write_model.buyer_payments).
-- reference: Khalti's pidx, or the transaction_uuid this application gave eSewa. state: OPEN until the
-- gateway says COMPLETED or FAILED (expired, cancelled). A checker claims due open links for a while
-- (claimed_until) so two instances never ask about the same link at once.
CREATE TABLE write_model.payment_links (
    link_id        VARCHAR(64)   PRIMARY KEY,
    buyer_id       VARCHAR(64)   NOT NULL,
    gateway        VARCHAR(16)   NOT NULL,
    amount         NUMERIC(14,2) NOT NULL,
    reference      VARCHAR(100),
    state          VARCHAR(16)   NOT NULL DEFAULT 'OPEN',
    detail         TEXT,
    payment_id     VARCHAR(100),
    paid_amount    NUMERIC(14,2),
    checks         INT           NOT NULL DEFAULT 0,
    next_check_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    claimed_until  TIMESTAMPTZ,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ   NOT NULL,
    closed_at      TIMESTAMPTZ,
    CONSTRAINT payment_links_gateway_check CHECK (gateway IN ('KHALTI', 'ESEWA')),
    CONSTRAINT payment_links_state_check CHECK (state IN ('OPEN', 'COMPLETED', 'FAILED')),
    CONSTRAINT payment_links_amount_check CHECK (amount > 0)
);
CREATE UNIQUE INDEX payment_links_reference_idx ON write_model.payment_links (gateway, reference);
CREATE INDEX payment_links_open_idx ON write_model.payment_links (next_check_at) WHERE state = 'OPEN';
CREATE INDEX payment_links_buyer_idx ON write_model.payment_links (buyer_id, created_at);
