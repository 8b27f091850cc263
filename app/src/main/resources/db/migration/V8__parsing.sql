-- Order parsing reads the live catalog from the write side's product table: the names, aliases,
-- category and pack size the parsers match against join it, and change_seq (a fresh sequence value
-- on every change) tells a parser built from the catalog when to rebuild.
ALTER TABLE write_model.products
    ADD COLUMN name_ne    VARCHAR(200),
    ADD COLUMN aliases    TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN category   VARCHAR(64),
    ADD COLUMN pack_size  VARCHAR(32),
    ADD COLUMN change_seq BIGINT;

CREATE SEQUENCE write_model.products_change_seq;
UPDATE write_model.products SET change_seq = nextval('write_model.products_change_seq');
ALTER TABLE write_model.products
    ALTER COLUMN change_seq SET DEFAULT nextval('write_model.products_change_seq'),
    ALTER COLUMN change_seq SET NOT NULL;
CREATE INDEX products_change_seq_idx ON write_model.products (change_seq);

CREATE SCHEMA IF NOT EXISTS parsing;

-- One row per message read: every LLM call (with its tokens, latency and outcome, and the rules'
-- answer when it fell back), every OCR call, and every parse by the rules alone.
CREATE TABLE parsing.ai_processing_logs (
    id                 BIGSERIAL    PRIMARY KEY,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    input_type         VARCHAR(8)   NOT NULL CHECK (input_type IN ('TEXT', 'IMAGE')),
    engine             VARCHAR(16)  NOT NULL,
    model              VARCHAR(100) NOT NULL,
    message_sid        VARCHAR(64),
    user_id            VARCHAR(64),
    prompt_tokens      INTEGER,
    completion_tokens  INTEGER,
    total_tokens       INTEGER,
    latency_ms         BIGINT       NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    answered_by        VARCHAR(100),
    error              TEXT,
    input_excerpt      TEXT,
    result             JSONB
);
CREATE INDEX ai_processing_logs_created_idx ON parsing.ai_processing_logs (created_at);
CREATE INDEX ai_processing_logs_message_idx ON parsing.ai_processing_logs (message_sid) WHERE message_sid IS NOT NULL;
CREATE INDEX ai_processing_logs_status_idx ON parsing.ai_processing_logs (status, created_at);
