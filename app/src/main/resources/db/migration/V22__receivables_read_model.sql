-- receivables-projection: what the admin's receivables view reads besides the orders themselves. When
-- each order was delivered and for how much (the sales behind days sales outstanding), every payment
-- recorded on an order, and every payment reminder sent; the vendor of an order is joined from
-- read_model.orders when read.
CREATE TABLE read_model.receivable_deliveries (
    order_id      VARCHAR(64)   PRIMARY KEY,
    buyer_id      VARCHAR(64)   NOT NULL,
    total_amount  NUMERIC(14,2) NOT NULL,
    due_date      DATE,
    delivered_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX receivable_deliveries_at_idx ON read_model.receivable_deliveries (delivered_at);

CREATE TABLE read_model.receivable_payments (
    order_id         VARCHAR(64)   NOT NULL,
    sequence_number  BIGINT        NOT NULL,
    payment_id       VARCHAR(100)  NOT NULL,
    amount           NUMERIC(14,2) NOT NULL,
    method           VARCHAR(16)   NOT NULL,
    paid_at          TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (order_id, sequence_number)
);

CREATE TABLE read_model.receivable_reminders (
    order_id         VARCHAR(64)   NOT NULL,
    sequence_number  BIGINT        NOT NULL,
    overdue          BOOLEAN       NOT NULL,
    balance          NUMERIC(14,2) NOT NULL,
    reminded_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (order_id, sequence_number)
);
