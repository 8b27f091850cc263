package np.khaacho.command.party;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.RegisterBuyer;
import np.khaacho.kernel.party.RegisterStaff;
import np.khaacho.kernel.party.RegisterVendor;
import np.khaacho.kernel.party.StaffId;
import np.khaacho.kernel.party.StaffRegistered;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.party.VendorRegistered;

import java.util.List;

/** A buyer, a vendor and a staff member, as tests register them and expect their events. */
final class Parties {

    static final BuyerId BUYER = BuyerId.of("buyer-shrestha-kirana-pasal");
    static final VendorId VENDOR = VendorId.of("vendor-bhatbhateni-wholesale");
    static final StaffId STAFF = StaffId.of("staff-sita-admin");
    static final String BUYER_PHONE = "+9779812345678";
    static final String VENDOR_PHONE = "+9779801234567";
    static final String STAFF_PHONE = "+9779841000001";
    static final List<String> VENDOR_AREAS = List.of("Kathmandu", "Lalitpur");
    static final Money VENDOR_MINIMUM = Money.of("5000");

    private Parties() {
    }

    static RegisterBuyer registerBuyer(String phone) {
        return new RegisterBuyer(BUYER, phone, "Shrestha Kirana Pasal", "Ram Shrestha", "Kathmandu", "Baneshwor-10");
    }

    static BuyerRegistered buyerRegistered(String phone) {
        return new BuyerRegistered(BUYER, phone, "Shrestha Kirana Pasal", "Ram Shrestha", "Kathmandu", "Baneshwor-10");
    }

    static RegisterVendor registerVendor(List<String> deliveryAreas, Money minOrderAmount) {
        return new RegisterVendor(VENDOR, VENDOR_PHONE, "Bhatbhateni Wholesale", "Kathmandu", deliveryAreas,
                minOrderAmount);
    }

    static VendorRegistered vendorRegistered(List<String> deliveryAreas, Money minOrderAmount) {
        return new VendorRegistered(VENDOR, VENDOR_PHONE, "Bhatbhateni Wholesale", "Kathmandu", deliveryAreas,
                minOrderAmount);
    }

    static RegisterStaff registerStaff(Role role) {
        return new RegisterStaff(STAFF, role, "Sita Karki", STAFF_PHONE);
    }

    static StaffRegistered staffRegistered(Role role) {
        return new StaffRegistered(STAFF, role, "Sita Karki", STAFF_PHONE);
    }
}
