-- Sending the outbox through Twilio. Relays on several instances share the queue: a relay claims a
-- batch of due rows for a while (claimed_by, claimed_until) and sends them outside any transaction;
-- a claim left behind by a stopped instance runs out and the rows are claimed again.

ALTER TABLE messaging.outbox
    ADD COLUMN next_attempt_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN claimed_by           VARCHAR(80),
    ADD COLUMN claimed_until        TIMESTAMPTZ,
    ADD COLUMN provider_sid         VARCHAR(64),
    ADD COLUMN send_form            VARCHAR(16),
    ADD COLUMN delivery_status      VARCHAR(16),
    ADD COLUMN delivery_error       VARCHAR(32),
    ADD COLUMN delivered_at         TIMESTAMPTZ,
    ADD COLUMN delivery_reported_at TIMESTAMPTZ,
    ADD CONSTRAINT outbox_send_form_check CHECK (send_form IN ('FREEFORM', 'TEMPLATE'));

-- The relay's queue: pending messages that are due, oldest first.
CREATE INDEX outbox_due_idx ON messaging.outbox (next_attempt_at, id) WHERE status = 'PENDING';
-- Twilio's status callbacks name the message by its SID.
CREATE UNIQUE INDEX outbox_provider_sid_key ON messaging.outbox (provider_sid) WHERE provider_sid IS NOT NULL;

-- WhatsApp allows free-form messages only within 24 hours of the recipient's last message to us.
CREATE TABLE messaging.whatsapp_windows (
    phone           VARCHAR(20) PRIMARY KEY,
    last_inbound_at TIMESTAMPTZ NOT NULL
);
