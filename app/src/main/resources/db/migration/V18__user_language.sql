-- The language a user chose for the pages and WhatsApp (en or ne), beside the users table (users-projection);
-- a user who never chose has no row.
CREATE TABLE read_model.user_languages (
    user_id   VARCHAR(64) PRIMARY KEY,
    language  VARCHAR(4)  NOT NULL
);
