package np.khaacho.kernel.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;

/** Identifies a vendor (a wholesaler); also the id of the vendor's user account. */
public record VendorId(String value) {

    public static final String PREFIX = "vendor-";

    public VendorId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static VendorId of(String value) {
        return new VendorId(value);
    }

    public static VendorId random() {
        return new VendorId(Ids.random(PREFIX));
    }

    public static VendorId derivedFrom(String name) {
        return new VendorId(Ids.derived(PREFIX, name));
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
