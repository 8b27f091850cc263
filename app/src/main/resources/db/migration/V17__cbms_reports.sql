-- Reporting tax invoices and credit notes to the tax office's Central Billing Monitoring System (CBMS).
-- With CBMS enabled, the tax-office processing group queues one report per document, in the transaction
-- that handles its InvoiceIssued; relays on every such instance claim due reports for a while
-- (claimed_by, claimed_until) and post them outside any transaction. A claim left behind by a stopped
-- instance runs out and the report is claimed again.

-- One row per document, keyed by the document: a redelivered event queues nothing more. The row holds
-- the report as CBMS takes it (fiscal year 2082.083, dates 2082.08.17 in Bikram Sambat); credentials
-- and the moment of sending are added when it is posted. state: QUEUED, then ACCEPTED, or RETRYING
-- (a failure that may pass: tried again after a growing wait, counted in failures) or REFUSED (CBMS
-- found the report wrong: tried again after a long pause). detail is CBMS's last answer or the last
-- failure. recorded_state is the state last recorded on the invoice (InvoiceReportedToTaxOffice).
CREATE TABLE messaging.cbms_reports (
    invoice_id          VARCHAR(64)   PRIMARY KEY,
    kind                VARCHAR(16)   NOT NULL,
    credited_invoice_id VARCHAR(64),
    seller_pan          VARCHAR(9),
    buyer_pan           VARCHAR(9),
    buyer_name          VARCHAR(200)  NOT NULL,
    fiscal_year         VARCHAR(8)    NOT NULL,
    number              VARCHAR(40)   NOT NULL,
    bs_date             VARCHAR(10)   NOT NULL,
    credited_number     VARCHAR(40),
    reason              TEXT,
    taxable_amount      NUMERIC(14,2) NOT NULL,
    exempt_amount       NUMERIC(14,2) NOT NULL,
    vat_amount          NUMERIC(14,2) NOT NULL,
    total_amount        NUMERIC(14,2) NOT NULL,
    issued_at           TIMESTAMPTZ   NOT NULL,
    state               VARCHAR(16)   NOT NULL DEFAULT 'QUEUED',
    detail              TEXT,
    recorded_state      VARCHAR(16),
    attempts            INT           NOT NULL DEFAULT 0,
    failures            INT           NOT NULL DEFAULT 0,
    next_attempt_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    claimed_by          VARCHAR(120),
    claimed_until       TIMESTAMPTZ,
    queued_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_attempt_at     TIMESTAMPTZ,
    accepted_at         TIMESTAMPTZ,
    CONSTRAINT cbms_reports_kind_check CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT cbms_reports_state_check CHECK (state IN ('QUEUED', 'ACCEPTED', 'RETRYING', 'REFUSED'))
);
-- The relays' queue: reports not yet accepted, by when they are due.
CREATE INDEX cbms_reports_due_idx ON messaging.cbms_reports (next_attempt_at) WHERE state <> 'ACCEPTED';
-- Reports whose state is not yet recorded on their invoice.
CREATE INDEX cbms_reports_unrecorded_idx ON messaging.cbms_reports (queued_at)
    WHERE recorded_state IS DISTINCT FROM state;
-- A credit note waits for its invoice's report to be accepted.
CREATE INDEX cbms_reports_credited_idx ON messaging.cbms_reports (credited_invoice_id)
    WHERE credited_invoice_id IS NOT NULL;

-- invoices-projection: how each document's report to the tax office stands (null: not reported).
ALTER TABLE read_model.invoices
    ADD COLUMN tax_office_state  VARCHAR(16),
    ADD COLUMN tax_office_detail TEXT;
