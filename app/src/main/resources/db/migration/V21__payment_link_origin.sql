-- Where a payment was opened, so the gateway sends the buyer back there: the buyer page (signed in) or
-- the pay page of a link sent on WhatsApp (no session).
ALTER TABLE write_model.payment_links
    ADD COLUMN opened_from VARCHAR(16) NOT NULL DEFAULT 'PORTAL',
    ADD CONSTRAINT payment_links_opened_from_check CHECK (opened_from IN ('PORTAL', 'PAY_LINK'));
