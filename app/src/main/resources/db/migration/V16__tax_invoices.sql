-- Tax invoices and credit notes. The write side keeps what an invoice needs of its parties and
-- products (a vendor's PAN, VAT registration and invoicing moment; a buyer's PAN; a product's VAT
-- class); the read side lists the issued documents (invoices-projection), each whole as issued.

ALTER TABLE write_model.vendor_profiles
    ADD COLUMN pan            VARCHAR(9),
    ADD COLUMN vat_registered BOOLEAN     NOT NULL DEFAULT false,
    ADD COLUMN prices_include_vat BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN invoice_at     VARCHAR(16) NOT NULL DEFAULT 'DELIVERY';
ALTER TABLE write_model.buyer_profiles ADD COLUMN pan VARCHAR(9);
ALTER TABLE write_model.products ADD COLUMN vat_class VARCHAR(16) NOT NULL DEFAULT 'STANDARD';

-- invoices-projection ------------------------------------------------------------------------------

-- One row per invoice or credit note; the document as issued is kept whole (JSON), its sums beside it
-- for lists and books. prints counts the prints, exports and re-sends so far.
CREATE TABLE read_model.invoices (
    invoice_id          VARCHAR(64)   PRIMARY KEY,
    kind                VARCHAR(16)   NOT NULL,
    number              VARCHAR(40)   NOT NULL,
    fiscal_year         VARCHAR(7)    NOT NULL,
    issued_on           DATE          NOT NULL,
    issued_at           TIMESTAMPTZ   NOT NULL,
    order_id            VARCHAR(64)   NOT NULL,
    order_number        VARCHAR(32),
    vendor_id           VARCHAR(64)   NOT NULL,
    buyer_id            VARCHAR(64)   NOT NULL,
    credited_invoice_id VARCHAR(64),
    buyer_name          VARCHAR(200)  NOT NULL,
    buyer_pan           VARCHAR(9),
    taxable_amount      NUMERIC(14,2) NOT NULL,
    exempt_amount       NUMERIC(14,2) NOT NULL,
    vat_amount          NUMERIC(14,2) NOT NULL,
    total_amount        NUMERIC(14,2) NOT NULL,
    document            JSONB         NOT NULL,
    prints              INT           NOT NULL DEFAULT 0,
    last_sequence       BIGINT        NOT NULL,
    CONSTRAINT invoices_number_key UNIQUE (vendor_id, kind, number)
);
CREATE INDEX invoices_vendor_idx ON read_model.invoices (vendor_id, issued_at DESC);
CREATE INDEX invoices_buyer_idx ON read_model.invoices (buyer_id, issued_at DESC);
CREATE INDEX invoices_order_idx ON read_model.invoices (order_id);

-- Every view, print, export and re-send of a document, with who did it.
CREATE TABLE read_model.invoice_accesses (
    invoice_id   VARCHAR(64) NOT NULL,
    sequence     BIGINT      NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    user_id      VARCHAR(64) NOT NULL,
    copy         INT         NOT NULL,
    accessed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (invoice_id, sequence)
);

-- A file sent with an outbound WhatsApp message (an invoice's PDF), by its signed link.
ALTER TABLE messaging.outbox ADD COLUMN media_url TEXT;
