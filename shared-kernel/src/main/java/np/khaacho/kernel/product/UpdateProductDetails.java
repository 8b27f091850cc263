package np.khaacho.kernel.product;

import np.khaacho.kernel.common.Quantity;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a product's descriptive details and minimum order quantity. */
public record UpdateProductDetails(
        @TargetAggregateIdentifier ProductId productId,
        ProductDetails details,
        Quantity minOrderQuantity) {
}
