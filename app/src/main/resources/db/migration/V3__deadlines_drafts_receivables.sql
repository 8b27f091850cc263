-- Deadlines of the sagas survive restarts: Axon's db-scheduler deadline manager keeps them here.
CREATE TABLE axon.scheduled_tasks (
    task_name             TEXT                     NOT NULL,
    task_instance         TEXT                     NOT NULL,
    task_data             BYTEA,
    execution_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    picked                BOOLEAN                  NOT NULL,
    picked_by             TEXT,
    last_success          TIMESTAMP WITH TIME ZONE,
    last_failure          TIMESTAMP WITH TIME ZONE,
    consecutive_failures  INT,
    last_heartbeat        TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    priority              SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON axon.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON axon.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON axon.scheduled_tasks (priority DESC, execution_time ASC);

-- Drafts waiting for the buyer's confirmation, found by the message they came from.
CREATE TABLE write_model.drafts (
    order_id    VARCHAR(64)  PRIMARY KEY,
    message_id  VARCHAR(64)  NOT NULL,
    buyer_id    VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX drafts_message_idx ON write_model.drafts (message_id);
CREATE INDEX drafts_buyer_idx ON write_model.drafts (buyer_id, created_at DESC);

-- What each buyer still owes on delivered orders, so one payment can be spread oldest due first.
CREATE TABLE write_model.receivables (
    order_id      VARCHAR(64)   PRIMARY KEY,
    buyer_id      VARCHAR(64)   NOT NULL,
    delivered_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    due_date      DATE,
    balance       NUMERIC(14,2) NOT NULL
);
CREATE INDEX receivables_buyer_idx ON write_model.receivables (buyer_id, due_date, delivered_at);

-- Buyer payments already spread over orders: a repeated payment id records nothing twice.
CREATE TABLE write_model.buyer_payments (
    payment_id   VARCHAR(100)  PRIMARY KEY,
    buyer_id     VARCHAR(64)   NOT NULL,
    amount       NUMERIC(14,2) NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
