package np.khaacho.command.order;

import np.khaacho.command.pricing.PriceListDirectory;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.ListedPrice;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link OrderingTerms} read from the write side's lookup tables. */
@Component
class JdbcOrderingTerms implements OrderingTerms {

    private final JdbcTemplate jdbc;
    private final PriceListDirectory priceLists;
    private final Optional<Money> buyerPanThreshold;

    JdbcOrderingTerms(JdbcTemplate jdbc, PriceListDirectory priceLists,
                      @Value("${khaacho.invoices.buyer-pan-threshold:100000}") BigDecimal buyerPanThreshold) {
        this.jdbc = jdbc;
        this.priceLists = priceLists;
        this.buyerPanThreshold = buyerPanThreshold.signum() > 0 ? Optional.of(Money.of(buyerPanThreshold)) : Optional.empty();
    }

    @Override
    public Optional<Money> buyerPanThreshold() {
        return buyerPanThreshold;
    }

    @Override
    public Optional<ProductTerms> product(ProductId productId) {
        return jdbc.query("""
                        SELECT id, vendor_id, sku, name, unit, price, min_order_qty, status, vat_class, order_multiple
                        FROM write_model.products WHERE id = ?""",
                (rs, i) -> new ProductTerms(ProductId.of(rs.getString("id")), VendorId.of(rs.getString("vendor_id")),
                        rs.getString("sku"), rs.getString("name"), rs.getString("unit"),
                        Money.of(rs.getBigDecimal("price")), Quantity.of(rs.getBigDecimal("min_order_qty")),
                        ProductStatus.valueOf(rs.getString("status")), VatClass.valueOf(rs.getString("vat_class")),
                        rs.getBigDecimal("order_multiple")),
                productId.value()).stream().findFirst();
    }

    @Override
    public List<ListedPrice> listPrices(ProductId productId) {
        return priceLists.pricesOf(productId);
    }

    @Override
    public Optional<VendorTerms> vendor(VendorId vendorId) {
        return jdbc.query("""
                        SELECT user_id, business_name, delivery_areas, min_order_amount,
                               vat_registered AND pan IS NOT NULL AS issues_tax_invoices,
                               vat_registered AND NOT prices_include_vat AS adds_vat
                        FROM write_model.vendor_profiles WHERE user_id = ?""",
                (rs, i) -> new VendorTerms(VendorId.of(rs.getString("user_id")), rs.getString("business_name"),
                        List.copyOf(Arrays.asList((String[]) rs.getArray("delivery_areas").getArray())),
                        Money.of(rs.getBigDecimal("min_order_amount")), rs.getBoolean("issues_tax_invoices"),
                        rs.getBoolean("adds_vat")),
                vendorId.value()).stream().findFirst();
    }

    @Override
    public Optional<BuyerTerms> buyer(BuyerId buyerId) {
        return jdbc.query("SELECT user_id, city, payment_terms, pan FROM write_model.buyer_profiles WHERE user_id = ?",
                (rs, i) -> new BuyerTerms(BuyerId.of(rs.getString("user_id")), rs.getString("city"),
                        PaymentTerms.valueOf(rs.getString("payment_terms")), rs.getString("pan")),
                buyerId.value()).stream().findFirst();
    }
}
