package np.khaacho.kernel.payment;

import np.khaacho.kernel.calendar.BsYearMonth;

import java.time.Duration;

/**
 * Signed, expiring links to a vendor-buyer pair's monthly statement (its PDF), opened from WhatsApp
 * without signing in. The application that serves them signs and checks them; every instance alike.
 */
public interface StatementLinks {

    /** An absolute URL of the statement in {@code language} ("en" or "ne"), valid for {@code validFor}. */
    String link(String vendorId, String buyerId, BsYearMonth month, String language, Duration validFor);

    /** True when {@code signature} is the one for these values and the expiry has not passed. */
    boolean verify(String vendorId, String buyerId, BsYearMonth month, String language, long expiresEpochSecond,
                   String signature);
}
