-- The months whose statements have gone out: the monthly sending looks here first, so a month is sent
-- once however many instances run and however often they look (each message also has its dedup key).
CREATE TABLE messaging.statement_runs (
    bs_month     VARCHAR(7)  PRIMARY KEY,
    statements   INT         NOT NULL,
    finished_at  TIMESTAMPTZ NOT NULL
);
