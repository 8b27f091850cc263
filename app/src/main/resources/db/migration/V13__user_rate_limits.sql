-- Requests each signed-in user may make to costly endpoints (order parsing), counted in one place for
-- every instance. A bucket's window ends at window_ends_at; the next request after that opens a new one.
CREATE TABLE auth.user_rate_limits (
    bucket         VARCHAR(200) PRIMARY KEY,
    window_ends_at TIMESTAMPTZ  NOT NULL,
    hits           INT          NOT NULL
);
CREATE INDEX user_rate_limits_ends_idx ON auth.user_rate_limits (window_ends_at);
