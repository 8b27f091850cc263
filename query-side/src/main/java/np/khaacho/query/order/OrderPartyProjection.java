package np.khaacho.query.order;

import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.VendorRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** The names of buyers and vendors the order lists show, kept within the orders projection so it replays alone. */
@Component
@ProcessingGroup(OrderProjection.GROUP)
class OrderPartyProjection {

    private final OrderTables tables;

    OrderPartyProjection(OrderTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(BuyerRegistered event) {
        tables.party(event.buyerId().value(), Role.BUYER.name(), event.businessName());
    }

    @EventHandler
    void on(VendorRegistered event) {
        tables.party(event.vendorId().value(), Role.VENDOR.name(), event.businessName());
    }

    @ResetHandler
    void reset() {
        tables.truncateParties();
    }
}
