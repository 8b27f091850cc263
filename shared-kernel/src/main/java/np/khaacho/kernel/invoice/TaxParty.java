package np.khaacho.kernel.invoice;

/** A seller or buyer as a tax invoice names them: name, address and PAN (the buyer's PAN may be absent). */
public record TaxParty(String name, String address, String pan) {
}
