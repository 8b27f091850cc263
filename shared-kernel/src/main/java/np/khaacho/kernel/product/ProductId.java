package np.khaacho.kernel.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;

/** Identifies a product listing. */
public record ProductId(String value) {

    public static final String PREFIX = "product-";

    public ProductId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static ProductId of(String value) {
        return new ProductId(value);
    }

    public static ProductId random() {
        return new ProductId(Ids.random(PREFIX));
    }

    public static ProductId derivedFrom(String name) {
        return new ProductId(Ids.derived(PREFIX, name));
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
