-- Restores of a backup, as the backup and restore procedure records them: when the backup was begun.
-- For a while after a restore the relay looks for each message in Twilio's log from that moment on before
-- sending it: the old system may have sent it already, for work the backup held unfinished.
CREATE TABLE messaging.restores (
    id               BIGSERIAL   PRIMARY KEY,
    backup_began_at  TIMESTAMPTZ NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
