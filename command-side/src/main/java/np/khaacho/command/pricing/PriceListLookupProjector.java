package np.khaacho.command.pricing;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.pricing.ListPriceSet;
import np.khaacho.kernel.pricing.PriceListCreated;
import np.khaacho.kernel.pricing.PriceListTermsChanged;
import np.khaacho.kernel.pricing.PriceTier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Keeps the write side's price lists, which price an order as it is placed, in the command's transaction. */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class PriceListLookupProjector {

    private final JdbcTemplate jdbc;

    PriceListLookupProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PriceListCreated event) {
        jdbc.update("""
                INSERT INTO write_model.price_lists (id, vendor_id, name, kind, buyers, valid_from, valid_until)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""", ps -> {
            ps.setString(1, event.priceListId().value());
            ps.setString(2, event.vendorId().value());
            ps.setString(3, event.name());
            ps.setString(4, event.kind().name());
            ps.setArray(5, ps.getConnection().createArrayOf("text", ids(event.buyers())));
            ps.setDate(6, date(event.validFrom()));
            ps.setDate(7, date(event.validUntil()));
        });
    }

    @EventHandler
    void on(PriceListTermsChanged event) {
        jdbc.update("UPDATE write_model.price_lists SET name = ?, buyers = ?, valid_from = ?, valid_until = ? WHERE id = ?",
                ps -> {
                    ps.setString(1, event.name());
                    ps.setArray(2, ps.getConnection().createArrayOf("text", ids(event.buyers())));
                    ps.setDate(3, date(event.validFrom()));
                    ps.setDate(4, date(event.validUntil()));
                    ps.setString(5, event.priceListId().value());
                });
    }

    @EventHandler
    void on(ListPriceSet event) {
        if (event.tiers().isEmpty()) {
            jdbc.update("DELETE FROM write_model.list_prices WHERE price_list_id = ? AND product_id = ?",
                    event.priceListId().value(), event.productId().value());
            return;
        }
        jdbc.update("""
                INSERT INTO write_model.list_prices (price_list_id, product_id, tier_from, tier_price)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (price_list_id, product_id) DO UPDATE SET tier_from = EXCLUDED.tier_from,
                                                                      tier_price = EXCLUDED.tier_price""", ps -> {
            ps.setString(1, event.priceListId().value());
            ps.setString(2, event.productId().value());
            ps.setArray(3, ps.getConnection().createArrayOf("numeric", froms(event.tiers())));
            ps.setArray(4, ps.getConnection().createArrayOf("numeric", prices(event.tiers())));
        });
    }

    static Object[] froms(List<PriceTier> tiers) {
        return tiers.stream().map(tier -> tier.from().value()).toArray();
    }

    static Object[] prices(List<PriceTier> tiers) {
        return tiers.stream().map(tier -> tier.price().amount()).toArray();
    }

    private static Object[] ids(List<BuyerId> buyers) {
        return buyers.stream().map(BuyerId::value).toArray();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
