package np.khaacho.query.pricing;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.ListedPrice;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.kernel.pricing.PriceListKind;
import np.khaacho.kernel.pricing.PriceTier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads of {@code read_model.price_lists} and {@code read_model.list_prices}. */
@Component
@Transactional(readOnly = true)
public class PriceListReader {

    private final JdbcTemplate jdbc;

    PriceListReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A vendor's lists, newest first, each with its buyers (named) and prices. */
    List<PriceListView> lists(VendorId vendor) {
        return assemble(jdbc.query("""
                SELECT l.id, l.vendor_id, l.name, l.kind, l.buyers, l.valid_from, l.valid_until, l.updated_at
                FROM read_model.price_lists l WHERE l.vendor_id = ? ORDER BY l.created_at DESC, l.id""",
                PriceListReader::header, vendor.value()));
    }

    Optional<PriceListView> find(PriceListId id) {
        return assemble(jdbc.query("""
                SELECT l.id, l.vendor_id, l.name, l.kind, l.buyers, l.valid_from, l.valid_until, l.updated_at
                FROM read_model.price_lists l WHERE l.id = ?""", PriceListReader::header, id.value()))
                .stream().findFirst();
    }

    /** Each product's prices in every list that names it, with the lists' terms. */
    public Map<String, List<ListedPrice>> listedPrices(Collection<String> productIds) {
        Map<String, List<ListedPrice>> byProduct = new HashMap<>();
        if (productIds.isEmpty()) {
            return byProduct;
        }
        jdbc.query("""
                SELECT p.product_id, l.id, l.name, l.kind, l.buyers, l.valid_from, l.valid_until, p.tier_from, p.tier_price
                FROM read_model.list_prices p JOIN read_model.price_lists l ON l.id = p.price_list_id
                WHERE p.product_id = ANY (?)""", rs -> {
            byProduct.computeIfAbsent(rs.getString("product_id"), id -> new ArrayList<>()).add(new ListedPrice(
                    PriceListId.of(rs.getString("id")), rs.getString("name"), PriceListKind.valueOf(rs.getString("kind")),
                    Arrays.stream(strings(rs.getArray("buyers"))).map(BuyerId::of).collect(Collectors.toSet()),
                    day(rs.getDate("valid_from")), day(rs.getDate("valid_until")),
                    tiers(rs.getArray("tier_from"), rs.getArray("tier_price"))));
        }, (Object) productIds.toArray(String[]::new));
        return byProduct;
    }

    /**
     * Who pays what at a vendor on a day: each buyer its lists name, and every other buyer, with what they
     * pay for each product a list prices, quantity by quantity.
     */
    WhoPaysWhat whoPaysWhat(VendorId vendor, LocalDate day) {
        List<WhoPaysWhat.Product> products = jdbc.query("""
                SELECT c.product_id, c.sku, c.name, c.unit, c.price, c.min_order_qty FROM read_model.catalog_products c
                WHERE c.vendor_id = ? AND c.status = 'ACTIVE'
                  AND EXISTS (SELECT 1 FROM read_model.list_prices p JOIN read_model.price_lists l ON l.id = p.price_list_id
                              WHERE p.product_id = c.product_id AND l.vendor_id = c.vendor_id)
                ORDER BY c.name, c.sku""", (rs, i) -> new WhoPaysWhat.Product(rs.getString("product_id"),
                rs.getString("sku"), rs.getString("name"), rs.getString("unit"), rs.getBigDecimal("price"),
                rs.getBigDecimal("min_order_qty")), vendor.value());
        Map<String, String> buyers = new LinkedHashMap<>();
        jdbc.query("""
                SELECT b.buyer_id, COALESCE(u.business_name, u.display_name, b.buyer_id) AS name
                FROM (SELECT DISTINCT unnest(buyers) AS buyer_id FROM read_model.price_lists WHERE vendor_id = ?) b
                LEFT JOIN read_model.users u ON u.user_id = b.buyer_id ORDER BY 2, 1""",
                rs -> {
                    buyers.put(rs.getString("buyer_id"), rs.getString("name"));
                }, vendor.value());
        Map<String, List<ListedPrice>> listed = listedPrices(products.stream().map(WhoPaysWhat.Product::productId).toList());
        List<WhoPaysWhat.Buyer> rows = new ArrayList<>();
        buyers.forEach((id, name) -> rows.add(row(id, name, BuyerId.of(id), products, listed, day)));
        // no buyer has this id: only base lists apply to it
        rows.add(row(null, null, BuyerId.of("buyer-anyone-else"), products, listed, day));
        return new WhoPaysWhat(day, products, rows);
    }

    private static WhoPaysWhat.Buyer row(String id, String name, BuyerId buyer, List<WhoPaysWhat.Product> products,
                                        Map<String, List<ListedPrice>> listed, LocalDate day) {
        List<WhoPaysWhat.Price> prices = products.stream().map(product -> new WhoPaysWhat.Price(product.productId(),
                ListedPrice.schedule(listed.getOrDefault(product.productId(), List.of()), buyer, day,
                        Money.of(product.catalogPrice()), Quantity.of(product.minOrderQuantity())))).toList();
        return new WhoPaysWhat.Buyer(id, name, prices);
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getString("id"), rs.getString("vendor_id"), rs.getString("name"), rs.getString("kind"),
                List.of(strings(rs.getArray("buyers"))), day(rs.getDate("valid_from")), day(rs.getDate("valid_until")),
                rs.getTimestamp("updated_at").toInstant());
    }

    private List<PriceListView> assemble(List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        String[] ids = headers.stream().map(Header::id).toArray(String[]::new);
        Map<String, List<PriceListView.Price>> prices = new HashMap<>();
        jdbc.query("""
                SELECT p.price_list_id, p.product_id, c.sku, c.name, c.unit, p.tier_from, p.tier_price
                FROM read_model.list_prices p LEFT JOIN read_model.catalog_products c ON c.product_id = p.product_id
                WHERE p.price_list_id = ANY (?) ORDER BY c.name, p.product_id""", rs -> {
            prices.computeIfAbsent(rs.getString("price_list_id"), id -> new ArrayList<>()).add(new PriceListView.Price(
                    rs.getString("product_id"), rs.getString("sku"), rs.getString("name"), rs.getString("unit"),
                    tiers(rs.getArray("tier_from"), rs.getArray("tier_price"))));
        }, (Object) ids);
        String[] buyerIds = headers.stream().flatMap(h -> h.buyers().stream()).distinct().toArray(String[]::new);
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT user_id, COALESCE(business_name, display_name) AS name FROM read_model.users WHERE user_id = ANY (?)",
                rs -> {
                    names.put(rs.getString("user_id"), rs.getString("name"));
                }, (Object) buyerIds);
        return headers.stream().map(h -> new PriceListView(h.id(), h.vendorId(), h.name(), h.kind(),
                h.buyers().stream().map(b -> new PriceListView.Buyer(b, names.getOrDefault(b, b))).toList(),
                h.validFrom(), h.validUntil(), h.updatedAt(), prices.getOrDefault(h.id(), List.of()))).toList();
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

    private record Header(String id, String vendorId, String name, String kind, List<String> buyers,
                          LocalDate validFrom, LocalDate validUntil, Instant updatedAt) {
    }
}
