-- Orders declined for want of credit, as the notifications knew them: when a payment lands within a few
-- days, the buyer is told the order can be placed again with a yes.
CREATE TABLE messaging.credit_holds (
    order_id      VARCHAR(64)   PRIMARY KEY,
    buyer_id      VARCHAR(64)   NOT NULL,
    order_number  VARCHAR(32)   NOT NULL,
    shortfall     NUMERIC(14,2) NOT NULL,
    declined_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX credit_holds_buyer_idx ON messaging.credit_holds (buyer_id, declined_at DESC);
