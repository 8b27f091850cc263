package np.khaacho.kernel.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;

/** Identifies a buyer (a shopkeeper); also the id of the buyer's user account. */
public record BuyerId(String value) {

    public static final String PREFIX = "buyer-";

    public BuyerId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static BuyerId of(String value) {
        return new BuyerId(value);
    }

    public static BuyerId random() {
        return new BuyerId(Ids.random(PREFIX));
    }

    public static BuyerId derivedFrom(String name) {
        return new BuyerId(Ids.derived(PREFIX, name));
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
