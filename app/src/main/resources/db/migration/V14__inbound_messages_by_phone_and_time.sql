-- The flood guard counts a phone's messages of the last minute for every message it reads: by phone and
-- time, it looks at that minute alone, not at the phone's whole history.
CREATE INDEX inbound_messages_phone_received_idx ON whatsapp.inbound_messages (phone, received_at);
