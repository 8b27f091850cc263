package np.khaacho.saga.notification;

import java.time.Duration;

/**
 * Signed links a buyer opens from a reminder to pay the dues without signing in. Without them, reminders
 * go out without a link.
 */
public interface ReminderPayLinks {

    /** An absolute URL of the pay page for this buyer, valid for {@code validFor}. */
    String link(String buyerId, Duration validFor);
}
