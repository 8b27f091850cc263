-- Demand that was lost: each DemandLost event once (a message read again repeats its ids), for vendors'
-- fill rates and revenue missed and the admins' most-asked products nobody sells. Kept by the analytics
-- projection beside the placed orders it is measured against.
CREATE TABLE read_model.lost_demand (
    demand_id   VARCHAR(400)  PRIMARY KEY,
    cause       VARCHAR(32)   NOT NULL,
    buyer_id    VARCHAR(64)   NOT NULL,
    vendor_id   VARCHAR(64),
    product_id  VARCHAR(64),
    asked       TEXT          NOT NULL,
    quantity    NUMERIC(14,3),
    unit_price  NUMERIC(14,2),
    value       NUMERIC(14,2),
    order_id    VARCHAR(64),
    lost_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX lost_demand_vendor_idx ON read_model.lost_demand (vendor_id, lost_at);
CREATE INDEX lost_demand_cause_idx ON read_model.lost_demand (cause, lost_at);
