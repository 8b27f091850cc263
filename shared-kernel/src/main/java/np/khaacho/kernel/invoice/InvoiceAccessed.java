package np.khaacho.kernel.invoice;

/**
 * An invoice was viewed, printed, exported or sent again, by the user in {@code userId}. {@code copy}
 * counts the prints and exports after the first: 0 for the original, n for "Copy of original (n)";
 * views keep the count of the last print.
 */
public record InvoiceAccessed(InvoiceId invoiceId, AccessKind kind, String userId, int copy) {
}
