-- Phone login: one-time codes sent over WhatsApp, refresh tokens, and the request counters that
-- limit both. Every instance of the application shares these tables, so the limits hold across them.
-- Codes and tokens are stored only as keyed hashes: a copy of the database logs nobody in.

CREATE SCHEMA IF NOT EXISTS auth;

-- The one live login code of a phone; a new code replaces the row. A phone no user has gets a code
-- too (user_id null, never sent), so that verifying answers alike for known and unknown phones.
CREATE TABLE auth.otp_codes (
    phone         VARCHAR(20)  PRIMARY KEY,
    code_id       UUID         NOT NULL,
    user_id       VARCHAR(64),
    code_hash     BYTEA        NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    consumed_at   TIMESTAMPTZ,
    CONSTRAINT otp_codes_attempts_check CHECK (attempts >= 0)
);
-- The cleanup's scan.
CREATE INDEX otp_codes_expires_idx ON auth.otp_codes (expires_at);

-- Refresh tokens. Each use replaces the token by a new one of the same family; a replaced or
-- revoked token used again means it was stolen, and its whole family is revoked.
CREATE TABLE auth.refresh_tokens (
    id            UUID         PRIMARY KEY,
    token_hash    BYTEA        NOT NULL,
    family_id     UUID         NOT NULL,
    user_id       VARCHAR(64)  NOT NULL,
    issued_at     TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    revoked_at    TIMESTAMPTZ,
    replaced_by   UUID,
    CONSTRAINT refresh_tokens_hash_key UNIQUE (token_hash)
);
CREATE INDEX refresh_tokens_family_idx ON auth.refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON auth.refresh_tokens (user_id);
CREATE INDEX refresh_tokens_expires_idx ON auth.refresh_tokens (expires_at);

-- Requests per key ("phone:+977…", "ip:…") in a window that opens with the first request after
-- the previous one closed. One row per key, counted with an atomic upsert.
CREATE TABLE auth.rate_limits (
    bucket            VARCHAR(100) PRIMARY KEY,
    window_started_at TIMESTAMPTZ  NOT NULL,
    hits              INT          NOT NULL
);
CREATE INDEX rate_limits_window_idx ON auth.rate_limits (window_started_at);
