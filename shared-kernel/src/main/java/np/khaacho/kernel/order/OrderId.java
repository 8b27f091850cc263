package np.khaacho.kernel.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;

/** Identifies an order. */
public record OrderId(String value) {

    public static final String PREFIX = "order-";

    public OrderId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    public static OrderId random() {
        return new OrderId(Ids.random(PREFIX));
    }

    public static OrderId derivedFrom(String name) {
        return new OrderId(Ids.derived(PREFIX, name));
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
