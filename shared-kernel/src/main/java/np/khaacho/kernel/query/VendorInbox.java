package np.khaacho.kernel.query;

import java.util.List;

/** The orders waiting for one vendor's answer, the most urgent first. */
public record VendorInbox(String vendorId, List<InboxOrder> orders) {

    public VendorInbox {
        orders = List.copyOf(orders);
    }
}
