package np.khaacho.kernel.query;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What buyers buy again and again and have not bought for longer than usual, as of a day in Nepal: for each
 * buyer and product it ordered (and did not cancel) on at least three days of the last half year, its usual days
 * between orders; due once a fifth more than that has passed since the last (rice every ten days, not for
 * twelve), and no longer than three times that (a product it has stopped buying). Answered with {@link RepeatPurchasesDue}.
 */
public record FindRepeatPurchasesDue(LocalDate today) {

    public FindRepeatPurchasesDue {
        Objects.requireNonNull(today, "today");
    }
}
