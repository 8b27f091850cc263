package np.khaacho.query.pricing;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.pricing.ListPriceSet;
import np.khaacho.kernel.pricing.PriceListCreated;
import np.khaacho.kernel.pricing.PriceListTermsChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Vendors' price lists as their vendors see them, and as each buyer's catalog reads its own prices from
 * them. Part of the catalog's projection: replayed with it.
 */
@Component
@ProcessingGroup("catalog-projection")
class PriceListProjection {

    private final JdbcTemplate jdbc;

    PriceListProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PriceListCreated event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO read_model.price_lists (id, vendor_id, name, kind, buyers, valid_from, valid_until,
                                                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""", ps -> {
            ps.setString(1, event.priceListId().value());
            ps.setString(2, event.vendorId().value());
            ps.setString(3, event.name());
            ps.setString(4, event.kind().name());
            ps.setArray(5, ps.getConnection().createArrayOf("text", ids(event.buyers())));
            ps.setDate(6, date(event.validFrom()));
            ps.setDate(7, date(event.validUntil()));
            ps.setTimestamp(8, stamp(at));
            ps.setTimestamp(9, stamp(at));
        });
    }

    @EventHandler
    void on(PriceListTermsChanged event, @Timestamp Instant at) {
        jdbc.update("""
                UPDATE read_model.price_lists SET name = ?, buyers = ?, valid_from = ?, valid_until = ?, updated_at = ?
                WHERE id = ?""", ps -> {
            ps.setString(1, event.name());
            ps.setArray(2, ps.getConnection().createArrayOf("text", ids(event.buyers())));
            ps.setDate(3, date(event.validFrom()));
            ps.setDate(4, date(event.validUntil()));
            ps.setTimestamp(5, stamp(at));
            ps.setString(6, event.priceListId().value());
        });
    }

    @EventHandler
    void on(ListPriceSet event, @Timestamp Instant at) {
        if (event.tiers().isEmpty()) {
            jdbc.update("DELETE FROM read_model.list_prices WHERE price_list_id = ? AND product_id = ?",
                    event.priceListId().value(), event.productId().value());
            return;
        }
        jdbc.update("""
                INSERT INTO read_model.list_prices (price_list_id, product_id, tier_from, tier_price, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (price_list_id, product_id) DO UPDATE SET tier_from = EXCLUDED.tier_from,
                    tier_price = EXCLUDED.tier_price, updated_at = EXCLUDED.updated_at""", ps -> {
            ps.setString(1, event.priceListId().value());
            ps.setString(2, event.productId().value());
            ps.setArray(3, ps.getConnection().createArrayOf("numeric",
                    event.tiers().stream().map(tier -> tier.from().value()).toArray()));
            ps.setArray(4, ps.getConnection().createArrayOf("numeric",
                    event.tiers().stream().map(tier -> tier.price().amount()).toArray()));
            ps.setTimestamp(5, stamp(at));
        });
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.price_lists, read_model.list_prices");
    }

    private static Object[] ids(List<BuyerId> buyers) {
        return buyers.stream().map(BuyerId::value).toArray();
    }

    private static java.sql.Timestamp stamp(Instant at) {
        return java.sql.Timestamp.from(at);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
