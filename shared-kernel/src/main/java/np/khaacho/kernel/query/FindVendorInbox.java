package np.khaacho.kernel.query;

/** Finds the orders waiting for a vendor's answer; as a subscription query, the inbox follows each change. */
public record FindVendorInbox(String vendorId) {
}
