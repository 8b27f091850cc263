-- The language a user chose for the pages and WhatsApp (en or ne); null until they choose one.
ALTER TABLE read_model.users ADD COLUMN language VARCHAR(4);
