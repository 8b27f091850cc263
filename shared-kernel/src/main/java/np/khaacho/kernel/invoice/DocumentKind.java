package np.khaacho.kernel.invoice;

/** A sales invoice, or a credit note that corrects one. */
public enum DocumentKind {
    INVOICE,
    CREDIT_NOTE
}
