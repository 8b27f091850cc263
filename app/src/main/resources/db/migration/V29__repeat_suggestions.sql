-- Suggestions to buy again: when each buyer last got one (at most one a week) and whether it said "stop".
CREATE TABLE messaging.repeat_suggestions (
    buyer_id      VARCHAR(64)  PRIMARY KEY,
    last_sent_at  TIMESTAMPTZ,
    stopped_at    TIMESTAMPTZ
);
