package np.khaacho.kernel.query;

import np.khaacho.kernel.party.VendorId;

/** Finds the orders waiting for a vendor's answer; as a subscription query, the inbox follows each change. */
public record FindVendorInbox(VendorId vendorId) {
}
