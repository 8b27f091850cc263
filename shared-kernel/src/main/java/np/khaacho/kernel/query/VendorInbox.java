package np.khaacho.kernel.query;

import np.khaacho.kernel.party.VendorId;

import java.util.List;

/** The orders waiting for one vendor's answer, the most urgent first. */
public record VendorInbox(VendorId vendorId, List<InboxOrder> orders) {

    public VendorInbox {
        orders = List.copyOf(orders);
    }
}
