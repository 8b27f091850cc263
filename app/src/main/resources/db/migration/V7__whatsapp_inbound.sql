-- Inbound WhatsApp messages, kept by the command side's WhatsApp adapter. A message is stored once
-- per Twilio MessageSid before the webhook answers; workers then take messages one phone at a time,
-- in the order they arrived, and record what each message was read as and what came of it.

CREATE SCHEMA IF NOT EXISTS whatsapp;

CREATE TABLE whatsapp.inbound_messages (
    seq              BIGSERIAL    NOT NULL,
    message_sid      VARCHAR(64)  PRIMARY KEY,
    phone            VARCHAR(20)  NOT NULL,
    user_id          VARCHAR(64),
    profile_name     VARCHAR(200),
    body             TEXT         NOT NULL DEFAULT '',
    button_payload   VARCHAR(200),
    replied_to_sid   VARCHAR(64),
    media            JSONB        NOT NULL DEFAULT '[]',
    received_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    status           VARCHAR(16)  NOT NULL DEFAULT 'RECEIVED',
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    claimed_until    TIMESTAMPTZ,
    intent           VARCHAR(16),
    language         VARCHAR(4),
    ocr_text         TEXT,
    parse_result     JSONB,
    outcome          VARCHAR(32),
    outcome_detail   JSONB,
    error            TEXT,
    processed_at     TIMESTAMPTZ,
    CONSTRAINT inbound_messages_seq_key UNIQUE (seq),
    CONSTRAINT inbound_messages_status_check CHECK (status IN ('RECEIVED', 'PROCESSING', 'DONE', 'FAILED'))
);
-- The workers' queue: unfinished messages in arrival order.
CREATE INDEX inbound_messages_open_idx ON whatsapp.inbound_messages (seq)
    WHERE status IN ('RECEIVED', 'PROCESSING');
-- A phone's conversation, newest first.
CREATE INDEX inbound_messages_phone_idx ON whatsapp.inbound_messages (phone, seq DESC);

-- Phones no user has: people who wrote to Khaacho before they were registered.
CREATE TABLE whatsapp.leads (
    phone            VARCHAR(20)  PRIMARY KEY,
    profile_name     VARCHAR(200),
    first_message    TEXT         NOT NULL,
    last_message     TEXT         NOT NULL,
    message_count    INT          NOT NULL DEFAULT 1,
    first_seen_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_seen_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_replied_at  TIMESTAMPTZ
);
CREATE INDEX leads_last_seen_idx ON whatsapp.leads (last_seen_at DESC);

-- The order summaries sent to buyers: which drafts a "yes" to that summary places.
CREATE TABLE whatsapp.summaries (
    message_sid  VARCHAR(64)  PRIMARY KEY,
    buyer_id     VARCHAR(64)  NOT NULL,
    order_ids    TEXT[]       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX summaries_buyer_idx ON whatsapp.summaries (buyer_id, created_at DESC);

-- The outbound half of a phone's conversation, newest first.
CREATE INDEX outbox_phone_idx ON messaging.outbox (phone, id DESC);
