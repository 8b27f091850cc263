package np.khaacho.command.pricing;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.ListedPrice;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.kernel.pricing.PriceListKind;
import np.khaacho.kernel.pricing.PriceTier;
import np.khaacho.kernel.product.ProductId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The write side's price lists: who owns one, and a product's prices in every list of its vendor. */
@Component
public class PriceListDirectory {

    private final JdbcTemplate jdbc;

    public PriceListDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The vendor and kind of a list. */
    public Optional<Owned> byId(PriceListId id) {
        return jdbc.query("SELECT id, vendor_id, kind FROM write_model.price_lists WHERE id = ?",
                (rs, i) -> new Owned(PriceListId.of(rs.getString("id")), VendorId.of(rs.getString("vendor_id")),
                        PriceListKind.valueOf(rs.getString("kind"))), id.value()).stream().findFirst();
    }

    /** The product's price in each list that names it, with each list's terms. */
    public List<ListedPrice> pricesOf(ProductId productId) {
        return jdbc.query("""
                SELECT l.id, l.name, l.kind, l.buyers, l.valid_from, l.valid_until, p.tier_from, p.tier_price
                FROM write_model.list_prices p JOIN write_model.price_lists l ON l.id = p.price_list_id
                WHERE p.product_id = ?""", (rs, i) -> new ListedPrice(PriceListId.of(rs.getString("id")),
                rs.getString("name"), PriceListKind.valueOf(rs.getString("kind")),
                Arrays.stream(strings(rs.getArray("buyers"))).map(BuyerId::of).collect(Collectors.toSet()),
                day(rs.getDate("valid_from")), day(rs.getDate("valid_until")),
                tiers(rs.getArray("tier_from"), rs.getArray("tier_price"))), productId.value());
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static List<PriceTier> tiers(Array froms, Array prices) throws SQLException {
        return PriceTier.of((BigDecimal[]) froms.getArray(), (BigDecimal[]) prices.getArray());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** A list, its vendor and kind. */
    public record Owned(PriceListId priceListId, VendorId vendorId, PriceListKind kind) {
    }
}
