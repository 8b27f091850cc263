package np.khaacho.command;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a command's input, so one refusal names every bad field at once. */
public final class Violations {

    private final List<String> problems = new ArrayList<>();

    private Violations() {
    }

    public static Violations check() {
        return new Violations();
    }

    public Violations require(boolean satisfied, String field, String problem) {
        if (!satisfied) {
            problems.add(field + ": " + problem);
        }
        return this;
    }

    public Violations present(Object value, String field) {
        return require(value != null, field, "is required");
    }

    public Violations notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "must not be blank");
    }

    public Violations positive(Quantity value, String field) {
        return require(value != null && value.isPositive(), field, "must be positive");
    }

    public Violations positive(Money value, String field) {
        return require(value != null && value.isPositive(), field, "must be positive");
    }

    public Violations notNegative(Money value, String field) {
        return require(value != null && !value.isNegative(), field, "must not be negative");
    }

    /** Refuses the command with VALIDATION_ERROR when anything was wrong; {@code what} names the command. */
    public void orRefuse(String what) {
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR,
                    "invalid " + what + ": " + String.join("; ", problems), problems);
        }
    }
}
