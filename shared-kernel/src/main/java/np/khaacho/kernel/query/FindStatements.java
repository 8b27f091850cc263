package np.khaacho.kernel.query;

import np.khaacho.kernel.calendar.BsYearMonth;

import java.util.Objects;

/**
 * The monthly statements of one BS month, one per vendor-buyer pair that traded or had a balance in it;
 * only one buyer's when {@code buyerId} is given. Answered with {@link Statements}.
 */
public record FindStatements(BsYearMonth month, String buyerId) {

    public FindStatements {
        Objects.requireNonNull(month, "month");
    }
}
