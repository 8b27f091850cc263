package np.khaacho.kernel.product;

import np.khaacho.kernel.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a new unit price for a product. */
public record ChangeProductPrice(@TargetAggregateIdentifier ProductId productId, Money price) {
}
