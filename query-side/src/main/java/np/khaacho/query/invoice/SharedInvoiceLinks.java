package np.khaacho.query.invoice;

/**
 * Checks the signature of a shared link to an invoice's PDF (a link sent on WhatsApp), made by the
 * application that signs them. Without one, no shared link opens.
 */
public interface SharedInvoiceLinks {

    /** True when {@code signature} is the one for this invoice, language and expiry, and the expiry has not passed. */
    boolean verify(String invoiceId, String language, long expiresEpochSecond, String signature);
}
