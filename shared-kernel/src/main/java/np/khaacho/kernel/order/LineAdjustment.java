package np.khaacho.kernel.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.reading.LineMeant;

/**
 * A vendor's change to one line: the quantity it can supply (zero drops the line); with {@code meant}, the
 * line was read wrong from the buyer's message and is dropped, and the buyer meant that product.
 */
public record LineAdjustment(
        ProductId productId,
        Quantity quantity,
        @JsonInclude(JsonInclude.Include.NON_NULL) LineMeant meant) {

    public LineAdjustment(ProductId productId, Quantity quantity) {
        this(productId, quantity, null);
    }
}
