-- Login codes are never stored readable, and sessions end.

-- A login-code message keeps its code sealed (AES-GCM with a server key that is not in the database)
-- and its body names the code by a placeholder; the relay fills the code in when it sends. The sealed
-- code leaves the row once the message is sent or has failed, or when the code expires unsent.
ALTER TABLE messaging.outbox
    ADD COLUMN sealed_code            TEXT,
    ADD COLUMN sealed_code_expires_at TIMESTAMPTZ,
    ADD CONSTRAINT outbox_sealed_code_check
        CHECK (sealed_code IS NULL OR (status = 'PENDING' AND sealed_code_expires_at IS NOT NULL));
-- The cleanup's scan for codes that expired unsent.
CREATE INDEX outbox_sealed_code_idx ON messaging.outbox (sealed_code_expires_at) WHERE sealed_code IS NOT NULL;

-- Login codes queued before were stored in clear: none is sent any more, and the digits leave every body.
UPDATE messaging.outbox
SET status = 'FAILED', claimed_by = NULL, claimed_until = NULL,
    last_error = 'stored before login codes were sealed: not sent; a new one must be asked for'
WHERE kind = 'LOGIN_CODE' AND status = 'PENDING';
UPDATE messaging.outbox
SET body = regexp_replace(body, '[0-9]{6}', '[login code]', 'g')
WHERE kind = 'LOGIN_CODE' AND body ~ '[0-9]{6}';

-- A refresh-token family is one session: it ends a fixed time after its login (session_started_at),
-- however often it is refreshed. Each token remembers the access token issued with it, so that
-- ending the session (logout, a stolen refresh token) revokes those too.
ALTER TABLE auth.refresh_tokens
    ADD COLUMN session_started_at TIMESTAMPTZ,
    ADD COLUMN access_token_id    VARCHAR(64),
    ADD COLUMN access_expires_at  TIMESTAMPTZ;
UPDATE auth.refresh_tokens t
SET session_started_at = f.started_at
FROM (SELECT family_id, min(issued_at) AS started_at FROM auth.refresh_tokens GROUP BY family_id) f
WHERE f.family_id = t.family_id;
ALTER TABLE auth.refresh_tokens ALTER COLUMN session_started_at SET NOT NULL;

-- Access tokens revoked before their time, by their id (jti), kept until they would have expired.
CREATE TABLE auth.revoked_access_tokens (
    token_id    VARCHAR(64)  PRIMARY KEY,
    expires_at  TIMESTAMPTZ  NOT NULL,
    revoked_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX revoked_access_tokens_expires_idx ON auth.revoked_access_tokens (expires_at);
