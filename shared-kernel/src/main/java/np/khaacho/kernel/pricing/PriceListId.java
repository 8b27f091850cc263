package np.khaacho.kernel.pricing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;

/** Identifies one of a vendor's price lists. */
public record PriceListId(String value) {

    public static final String PREFIX = "pricelist-";

    public PriceListId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static PriceListId of(String value) {
        return new PriceListId(value);
    }

    public static PriceListId random() {
        return new PriceListId(Ids.random(PREFIX));
    }

    public static PriceListId derivedFrom(String name) {
        return new PriceListId(Ids.derived(PREFIX, name));
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
