package np.khaacho.kernel.stock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.product.ProductId;

/** Identifies the stock of one product; derived from the product id with a prefix of its own. */
public record StockId(String value) {

    public static final String PREFIX = "stock-";

    public StockId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static StockId of(String value) {
        return new StockId(value);
    }

    public static StockId of(ProductId productId) {
        return new StockId(PREFIX + productId.value().substring(ProductId.PREFIX.length()));
    }

    public ProductId productId() {
        return new ProductId(ProductId.PREFIX + value.substring(PREFIX.length()));
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
