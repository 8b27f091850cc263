-- A product sold only in multiples of its sale unit, and how a WhatsApp order of another quantity is rounded.
ALTER TABLE write_model.products ADD COLUMN order_multiple NUMERIC(14,3);
ALTER TABLE write_model.products ADD COLUMN multiple_rounding VARCHAR(8);
