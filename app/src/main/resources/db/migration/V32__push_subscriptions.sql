-- Where a vendor's browsers asked to be told of a new order (the Web Push subscription each browser's push
-- service gave it): the push carries no data, so the keys are kept only for a later message with one.
CREATE TABLE messaging.push_subscriptions (
    endpoint    TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    p256dh      TEXT NOT NULL,
    auth        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_sent_at TIMESTAMPTZ
);
CREATE INDEX push_subscriptions_user_idx ON messaging.push_subscriptions (user_id, created_at);
