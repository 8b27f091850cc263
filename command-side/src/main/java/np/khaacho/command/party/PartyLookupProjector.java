package np.khaacho.command.party;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.credit.CreditAccountOpened;
import np.khaacho.kernel.credit.CreditTermsChanged;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.StaffRegistered;
import np.khaacho.kernel.party.VendorRegistered;
import np.khaacho.kernel.party.VendorTaxProfileSet;
import np.khaacho.kernel.party.BuyerPanSet;
import np.khaacho.kernel.common.Role;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the write side's users and profiles: phone → user, a vendor's terms and tax standing, a buyer's city, terms and PAN. */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class PartyLookupProjector {

    private final JdbcTemplate jdbc;

    PartyLookupProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BuyerRegistered event) {
        insertUser(event.buyerId().value(), event.phone(), Role.BUYER, event.businessName());
        jdbc.update("""
                INSERT INTO write_model.buyer_profiles (user_id, business_name, owner_name, city, address)
                VALUES (?, ?, ?, ?, ?)""",
                event.buyerId().value(), event.businessName(), event.ownerName(), event.city(), event.address());
    }

    @EventHandler
    void on(VendorRegistered event) {
        insertUser(event.vendorId().value(), event.phone(), Role.VENDOR, event.businessName());
        jdbc.update("""
                INSERT INTO write_model.vendor_profiles (user_id, business_name, city, delivery_areas, min_order_amount)
                VALUES (?, ?, ?, ?, ?)""",
                ps -> {
                    ps.setString(1, event.vendorId().value());
                    ps.setString(2, event.businessName());
                    ps.setString(3, event.city());
                    ps.setArray(4, ps.getConnection().createArrayOf("text", event.deliveryAreas().toArray()));
                    ps.setBigDecimal(5, event.minOrderAmount().amount());
                });
    }

    @EventHandler
    void on(VendorTaxProfileSet event) {
        jdbc.update("""
                UPDATE write_model.vendor_profiles SET pan = ?, vat_registered = ?, prices_include_vat = ?, invoice_at = ?
                 WHERE user_id = ?""", event.pan(), event.vatRegistered(), event.pricesIncludeVat(),
                event.invoiceAt().name(), event.vendorId().value());
    }

    @EventHandler
    void on(BuyerPanSet event) {
        jdbc.update("UPDATE write_model.buyer_profiles SET pan = ? WHERE user_id = ?", event.pan(), event.buyerId().value());
    }

    @EventHandler
    void on(StaffRegistered event) {
        insertUser(event.staffId().value(), event.phone(), event.role(), event.name());
    }

    @EventHandler
    void on(CreditAccountOpened event) {
        updateTerms(event.buyerId().value(), event.paymentTerms().name());
    }

    @EventHandler
    void on(CreditTermsChanged event) {
        updateTerms(event.buyerId().value(), event.paymentTerms().name());
    }

    private void insertUser(String id, String phone, Role role, String name) {
        jdbc.update("INSERT INTO write_model.users (id, phone, role, display_name) VALUES (?, ?, ?, ?)",
                id, phone, role.name(), name);
    }

    private void updateTerms(String buyerId, String terms) {
        jdbc.update("UPDATE write_model.buyer_profiles SET payment_terms = ? WHERE user_id = ?", terms, buyerId);
    }
}
