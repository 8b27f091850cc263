package np.khaacho.saga.notification;

import java.time.Duration;

/**
 * Links to an issued invoice's PDF that anyone holding one may open until it expires, signed by the
 * application that serves them: WhatsApp fetches the file sent with a message by such a link. Without
 * one, invoice messages go out without their file.
 */
public interface InvoiceLinks {

    /** An absolute URL of the original document, in {@code language} ("en" or "ne"), valid for {@code validFor}. */
    String link(String invoiceId, String language, Duration validFor);
}
