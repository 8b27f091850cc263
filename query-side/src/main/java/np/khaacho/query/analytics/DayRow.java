package np.khaacho.query.analytics;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One Nepal day's figures as the analytics projection keeps them ({@code read_model.daily_analytics}). Read-only. */
@Entity
@Immutable
@Table(schema = "read_model", name = "daily_analytics")
class DayRow {

    @Id
    private LocalDate day;
    private int orders;
    private int confirmed;
    private int delivered;
    private int rejected;
    private int cancelled;
    private int expired;
    private int declined;
    private BigDecimal revenue;
    private BigDecimal averageOrderValue;
    private int distinctBuyers;
    private int distinctVendors;

    protected DayRow() {
        // for Hibernate
    }

    DayFigures figures() {
        long failed = rejected + cancelled + expired + declined;
        return new DayFigures(day, orders, orders - failed, confirmed, delivered, rejected, cancelled, expired,
                declined, revenue, averageOrderValue, distinctBuyers, distinctVendors);
    }
}
