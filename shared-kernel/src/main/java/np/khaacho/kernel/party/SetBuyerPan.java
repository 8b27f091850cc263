package np.khaacho.kernel.party;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a buyer's PAN (nine digits), which invoices above the legal threshold must show. */
public record SetBuyerPan(@TargetAggregateIdentifier BuyerId buyerId, String pan) {
}
