-- The trace context (W3C traceparent, tracestate) of the call that delivered an inbound message, and of the
-- work that queued an outbound one: reading the one and sending the other continue the same trace.
ALTER TABLE whatsapp.inbound_messages ADD COLUMN trace_context JSONB;
ALTER TABLE messaging.outbox ADD COLUMN trace_context JSONB;
