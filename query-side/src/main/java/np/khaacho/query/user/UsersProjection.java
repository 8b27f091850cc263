package np.khaacho.query.user;

import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.LanguageChosen;
import np.khaacho.kernel.party.StaffRegistered;
import np.khaacho.kernel.party.VendorRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Every user with the profile of what they are (buyer, vendor or staff) and their chosen language. */
@Component
@ProcessingGroup("users-projection")
class UsersProjection {

    private final UserTables tables;

    UsersProjection(UserTables tables) {
        this.tables = tables;
    }

    @EventHandler
    void on(BuyerRegistered e, @Timestamp Instant at) {
        tables.register(new UserTables.Registration(e.buyerId().value(), e.phone(), Role.BUYER.name(),
                e.businessName(), e.businessName(), e.ownerName(), e.city(), e.address(), null, null, at));
    }

    @EventHandler
    void on(VendorRegistered e, @Timestamp Instant at) {
        tables.register(new UserTables.Registration(e.vendorId().value(), e.phone(), Role.VENDOR.name(),
                e.businessName(), e.businessName(), null, e.city(), null, e.deliveryAreas(),
                e.minOrderAmount().amount(), at));
    }

    @EventHandler
    void on(StaffRegistered e, @Timestamp Instant at) {
        tables.register(new UserTables.Registration(e.staffId().value(), e.phone(), e.role().name(), e.name(),
                null, null, null, null, null, null, at));
    }

    @EventHandler
    void on(LanguageChosen e) {
        tables.language(e.userId(), e.language());
    }

    @ResetHandler
    void reset() {
        tables.truncate();
    }
}
