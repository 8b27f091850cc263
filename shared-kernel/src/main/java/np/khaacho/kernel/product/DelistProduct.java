package np.khaacho.kernel.product;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a product off sale. */
public record DelistProduct(@TargetAggregateIdentifier ProductId productId, String reason) {
}
