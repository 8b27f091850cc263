package np.khaacho.kernel.party;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a shopkeeper as a buyer. */
public record RegisterBuyer(
        @TargetAggregateIdentifier BuyerId buyerId,
        String phone,
        String businessName,
        String ownerName,
        String city,
        String address) {
}
