package np.khaacho.query.receivable;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The admin's receivables, per vendor: what is owed, what is not yet due and what is overdue by age
 * (0–30, 31–60, 61–90, over 90 days past the due date; cash on delivery falls due on delivery), days
 * sales outstanding over the last 90 days of deliveries, and what the payment reminders of the last 90
 * days collected (payments on the reminded order within 3 days after the reminder).
 */
@RestController
@Tag(name = "Receivables")
class ReceivablesController {

    static final int SALES_DAYS = 90;
    static final int COLLECTION_DAYS = 3;

    private final JdbcTemplate jdbc;

    ReceivablesController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * As of today in Nepal, or as of {@code asOf} (yyyy-mm-dd, up to a year ahead or back): what will be
     * overdue by then if nothing more is paid.
     */
    @GetMapping("/v1/admin/receivables")
    public ApiResponse<Receivables> receivables(@RequestParam(name = "asOf", required = false) String asOf, Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("receivables are open to admins only");
        }
        LocalDate today = asOf(asOf);
        List<VendorReceivables> vendors = jdbc.query("""
                        WITH owed AS (
                            SELECT o.vendor_id, o.total_amount - o.paid_amount AS balance,
                                   ?::date - coalesce(o.due_date, d.delivered_at AT TIME ZONE 'Asia/Kathmandu', o.delivery_date)::date AS late
                            FROM read_model.orders o
                            LEFT JOIN read_model.receivable_deliveries d ON d.order_id = o.order_id
                            WHERE o.status = 'DELIVERED' AND o.total_amount > o.paid_amount),
                        aged AS (
                            SELECT vendor_id, sum(balance) AS outstanding,
                                   sum(balance) FILTER (WHERE late <= 0) AS not_due,
                                   sum(balance) FILTER (WHERE late BETWEEN 1 AND 30) AS d30,
                                   sum(balance) FILTER (WHERE late BETWEEN 31 AND 60) AS d60,
                                   sum(balance) FILTER (WHERE late BETWEEN 61 AND 90) AS d90,
                                   sum(balance) FILTER (WHERE late > 90) AS d90plus
                            FROM owed GROUP BY vendor_id),
                        sales AS (
                            SELECT o.vendor_id, sum(d.total_amount) AS delivered
                            FROM read_model.receivable_deliveries d JOIN read_model.orders o ON o.order_id = d.order_id
                            WHERE d.delivered_at >= now() - make_interval(days => ?)
                            GROUP BY o.vendor_id),
                        reminders AS (
                            SELECT o.vendor_id, r.order_id, r.sequence_number, r.reminded_at
                            FROM read_model.receivable_reminders r JOIN read_model.orders o ON o.order_id = r.order_id
                            WHERE r.reminded_at >= now() - make_interval(days => ?)),
                        collected AS (
                            SELECT m.vendor_id, count(DISTINCT (m.order_id, m.sequence_number)) AS reminders,
                                   count(DISTINCT (m.order_id, m.sequence_number)) FILTER (WHERE p.order_id IS NOT NULL) AS answered,
                                   coalesce(sum(p.amount), 0) AS amount
                            FROM reminders m
                            LEFT JOIN read_model.receivable_payments p ON p.order_id = m.order_id
                                 AND p.paid_at > m.reminded_at AND p.paid_at <= m.reminded_at + make_interval(days => ?)
                            GROUP BY m.vendor_id)
                        SELECT v.vendor_id, coalesce(u.display_name, v.vendor_id) AS vendor_name,
                               coalesce(a.outstanding, 0) AS outstanding, coalesce(a.not_due, 0) AS not_due,
                               coalesce(a.d30, 0) AS d30, coalesce(a.d60, 0) AS d60, coalesce(a.d90, 0) AS d90,
                               coalesce(a.d90plus, 0) AS d90plus, coalesce(s.delivered, 0) AS delivered,
                               coalesce(c.reminders, 0) AS reminders, coalesce(c.answered, 0) AS answered,
                               coalesce(c.amount, 0) AS collected
                        FROM (SELECT vendor_id FROM aged UNION SELECT vendor_id FROM sales UNION SELECT vendor_id FROM collected) v
                        LEFT JOIN aged a ON a.vendor_id = v.vendor_id
                        LEFT JOIN sales s ON s.vendor_id = v.vendor_id
                        LEFT JOIN collected c ON c.vendor_id = v.vendor_id
                        LEFT JOIN read_model.users u ON u.user_id = v.vendor_id
                        ORDER BY coalesce(a.outstanding, 0) DESC, v.vendor_id""",
                (rs, row) -> {
                    BigDecimal outstanding = rs.getBigDecimal("outstanding");
                    BigDecimal delivered = rs.getBigDecimal("delivered");
                    BigDecimal dso = delivered.signum() == 0 ? null
                            : outstanding.multiply(BigDecimal.valueOf(SALES_DAYS)).divide(delivered, 1, RoundingMode.HALF_UP);
                    return new VendorReceivables(rs.getString("vendor_id"), rs.getString("vendor_name"), outstanding,
                            rs.getBigDecimal("not_due"), new Overdue(rs.getBigDecimal("d30"), rs.getBigDecimal("d60"),
                            rs.getBigDecimal("d90"), rs.getBigDecimal("d90plus")), delivered, dso,
                            new Reminders(rs.getInt("reminders"), rs.getInt("answered"), rs.getBigDecimal("collected")));
                }, Date.valueOf(today), SALES_DAYS, SALES_DAYS, COLLECTION_DAYS);
        return ApiResponse.ok(new Receivables(today, SALES_DAYS, COLLECTION_DAYS, vendors));
    }

    private static LocalDate asOf(String asOf) {
        LocalDate today = LocalDate.now(BsDate.NEPAL);
        if (asOf == null || asOf.isBlank()) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(asOf.strip());
            if (day.isBefore(today.minusYears(1)) || day.isAfter(today.plusYears(1))) {
                throw ApiException.invalid("asOf must be within a year of today");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("asOf must be a date, yyyy-mm-dd");
        }
    }

    /** The view as of {@code today} (Nepal), over the last {@code salesDays} of deliveries. */
    record Receivables(LocalDate today, int salesDays, int collectionDays, List<VendorReceivables> vendors) {
    }

    /**
     * One vendor: {@code dso} is outstanding × salesDays ÷ what was delivered in those days (null without
     * deliveries).
     */
    record VendorReceivables(String vendorId, String vendorName, BigDecimal outstanding, BigDecimal notYetDue,
                             Overdue overdue, BigDecimal deliveredInPeriod, BigDecimal dso, Reminders reminders) {
    }

    /** Overdue by days past the due date. */
    record Overdue(BigDecimal days0to30, BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90) {
    }

    /** Reminders sent in the period, how many saw a payment within the collection days, and how much came. */
    record Reminders(int sent, int followedByPayment, BigDecimal collected) {
    }
}
