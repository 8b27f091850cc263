package np.khaacho.command.invoice;

import np.khaacho.kernel.invoice.InvoiceMoment;
import np.khaacho.kernel.invoice.TaxParty;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What invoices need of vendors, buyers and products, from the write side's lookup tables. */
@Component
class TaxRecords {

    private final JdbcTemplate jdbc;

    TaxRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A vendor that has stated its PAN, and so issues invoices. */
    record Seller(TaxParty party, boolean vatRegistered, InvoiceMoment invoiceAt) {
    }

    record SoldProduct(String nameNe, VatClass vatClass) {
    }

    Optional<Seller> seller(VendorId vendorId) {
        return jdbc.query("""
                        SELECT business_name, city, pan, vat_registered, invoice_at FROM write_model.vendor_profiles
                         WHERE user_id = ? AND pan IS NOT NULL""",
                (rs, i) -> new Seller(new TaxParty(rs.getString("business_name"), rs.getString("city"), rs.getString("pan")),
                        rs.getBoolean("vat_registered"), InvoiceMoment.valueOf(rs.getString("invoice_at"))),
                vendorId.value()).stream().findFirst();
    }

    TaxParty buyer(BuyerId buyerId) {
        return jdbc.query("""
                        SELECT business_name, city, address, pan FROM write_model.buyer_profiles WHERE user_id = ?""",
                (rs, i) -> new TaxParty(rs.getString("business_name"), address(rs.getString("address"), rs.getString("city")),
                        rs.getString("pan")),
                buyerId.value()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no profile of buyer " + buyerId));
    }

    SoldProduct product(ProductId productId) {
        return jdbc.query("SELECT name_ne, vat_class FROM write_model.products WHERE id = ?",
                (rs, i) -> new SoldProduct(rs.getString("name_ne"), VatClass.valueOf(rs.getString("vat_class"))),
                productId.value()).stream().findFirst()
                .orElse(new SoldProduct(null, VatClass.STANDARD));
    }

    private static String address(String address, String city) {
        if (address == null || address.isBlank()) {
            return city;
        }
        return address.toLowerCase().contains(city.toLowerCase()) ? address : address + ", " + city;
    }
}
