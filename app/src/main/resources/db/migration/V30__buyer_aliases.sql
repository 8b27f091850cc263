-- Each buyer's own words for products, learned from corrections (ReadingCorrected): the parser reads them first.
CREATE TABLE write_model.buyer_aliases (
    buyer_id       VARCHAR(64)   NOT NULL,
    words          VARCHAR(200)  NOT NULL,
    sku            VARCHAR(64)   NOT NULL,
    product_id     VARCHAR(64)   NOT NULL,
    corrected_by   VARCHAR(8)    NOT NULL,
    correction_id  VARCHAR(200)  NOT NULL,
    learned_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (buyer_id, words)
);

-- The message each draft was read from, found by the draft's order id when a vendor says what a line meant.
CREATE INDEX inbound_messages_order_ids_idx ON whatsapp.inbound_messages
    USING gin ((outcome_detail -> 'orderIds') jsonb_path_ops);
