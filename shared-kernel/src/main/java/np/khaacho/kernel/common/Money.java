package np.khaacho.kernel.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An exact amount of Nepalese rupees (NPR), kept to the paisa. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "NPR";
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final int SCALE = 2;

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("an amount in NPR has at most two decimals: " + amount);
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money of(long rupees) {
        return new Money(BigDecimal.valueOf(rupees));
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    @JsonValue
    @Override
    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Price times quantity, rounded half-up to the paisa. */
    public Money times(Quantity quantity) {
        return new Money(amount.multiply(quantity.value()).setScale(SCALE, RoundingMode.HALF_UP));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return CURRENCY + " " + amount.toPlainString();
    }
}
