package np.khaacho.query.demand;

import np.khaacho.kernel.demand.DemandLost;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Each loss of demand once, in the analytics projection: measured against the placed orders it keeps, and
 * replayed with them.
 */
@Component
@ProcessingGroup("analytics-projection")
class LostDemandProjection {

    private final JdbcTemplate jdbc;

    LostDemandProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DemandLost e, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO read_model.lost_demand (demand_id, cause, buyer_id, vendor_id, product_id, asked, quantity,
                                                    unit_price, value, order_id, lost_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (demand_id) DO NOTHING""",
                e.demandId(), e.cause().name(), e.buyerId().value(),
                e.vendorId() == null ? null : e.vendorId().value(), e.productId() == null ? null : e.productId().value(),
                e.asked() == null ? "" : e.asked(), e.quantity() == null ? null : e.quantity().value(),
                e.unitPrice() == null ? null : e.unitPrice().amount(), e.value() == null ? null : e.value().amount(),
                e.orderId() == null ? null : e.orderId().value(), java.sql.Timestamp.from(at));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE read_model.lost_demand");
    }
}
