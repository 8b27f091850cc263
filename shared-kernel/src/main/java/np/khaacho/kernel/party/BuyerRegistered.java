package np.khaacho.kernel.party;

/** A shopkeeper became a buyer. */
public record BuyerRegistered(
        BuyerId buyerId,
        String phone,
        String businessName,
        String ownerName,
        String city,
        String address) {
}
