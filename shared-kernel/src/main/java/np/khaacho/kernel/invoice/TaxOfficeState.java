package np.khaacho.kernel.invoice;

/**
 * How the report of an invoice or credit note to the tax office (the IRD's CBMS) stands: queued to be
 * sent, accepted, being retried after a failure that may pass, or refused as wrong (tried again much later).
 */
public enum TaxOfficeState {
    QUEUED,
    ACCEPTED,
    RETRYING,
    REFUSED
}
