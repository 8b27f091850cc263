package np.khaacho.kernel.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;

/** Identifies an admin or auditor's user account. */
public record StaffId(String value) {

    public static final String PREFIX = "staff-";

    public StaffId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static StaffId of(String value) {
        return new StaffId(value);
    }

    public static StaffId random() {
        return new StaffId(Ids.random(PREFIX));
    }

    public static StaffId derivedFrom(String name) {
        return new StaffId(Ids.derived(PREFIX, name));
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
