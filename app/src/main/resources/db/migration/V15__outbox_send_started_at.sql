-- When a relay last began sending a message (just before its call to Twilio). A message found with one
-- and not marked sent may have reached Twilio before its relay stopped: the next relay looks for it in
-- Twilio's log before sending it again.
ALTER TABLE messaging.outbox ADD COLUMN send_started_at TIMESTAMP WITH TIME ZONE;
