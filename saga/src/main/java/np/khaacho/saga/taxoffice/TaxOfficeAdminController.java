package np.khaacho.saga.taxoffice;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.invoice.TaxOfficeState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Admins see the queue of reports to the tax office: how many stand in each state, and each report not
 * yet accepted with CBMS's last answer. A report CBMS refused as wrong waits a long pause before it is sent
 * again; once the cause is fixed (the credentials, the seller's PAN), an admin sends it now. Nothing of the
 * report itself changes: the document is immutable, only when it is next sent.
 */
@RestController
@RequestMapping("/v1/admin/tax-office")
class TaxOfficeAdminController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private static final String COLUMNS = """
            invoice_id, kind, number, fiscal_year, bs_date, seller_pan, buyer_name, total_amount, state, detail,
            attempts, failures, queued_at, last_attempt_at, next_attempt_at, accepted_at""";
    private static final RowMapper<ReportView> VIEW = (rs, row) -> new ReportView(rs.getString("invoice_id"),
            rs.getString("kind"), rs.getString("number"), rs.getString("fiscal_year"), rs.getString("bs_date"),
            rs.getString("seller_pan"), rs.getString("buyer_name"), rs.getBigDecimal("total_amount"),
            rs.getString("state"), rs.getString("detail"), rs.getInt("attempts"), rs.getInt("failures"),
            instant(rs, "queued_at"), instant(rs, "last_attempt_at"), instant(rs, "next_attempt_at"),
            instant(rs, "accepted_at"));

    private final JdbcTemplate jdbc;
    private final boolean enabled;

    TaxOfficeAdminController(JdbcTemplate jdbc, @Value("${khaacho.cbms.enabled:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.enabled = enabled;
    }

    /** Whether reporting is on, and how many reports stand in each state. */
    @GetMapping
    public ApiResponse<QueueSummary> summary(Actor actor) {
        requireAdmin(actor);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TaxOfficeState state : TaxOfficeState.values()) {
            counts.put(state.name(), 0L);
        }
        jdbc.query("SELECT state, count(*) FROM messaging.cbms_reports GROUP BY state",
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
        Timestamp oldest = jdbc.queryForObject(
                "SELECT min(queued_at) FROM messaging.cbms_reports WHERE state <> 'ACCEPTED'", Timestamp.class);
        return ApiResponse.ok(new QueueSummary(enabled, counts, oldest == null ? null : oldest.toInstant()));
    }

    /**
     * The reports in one state, or (without {@code state}) every one not yet accepted; the longest waiting
     * first. {@code page} counts from 0, {@code size} is 20 unless asked, at most 100.
     */
    @GetMapping("/reports")
    public ApiResponse<PageOf<ReportView>> reports(@RequestParam(name = "state", required = false) String state,
                                                   @RequestParam(name = "page", required = false) Integer page,
                                                   @RequestParam(name = "size", required = false) Integer size,
                                                   Actor actor) {
        requireAdmin(actor);
        TaxOfficeState wanted = state(state);
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        PageOf.requireValidPaging(p, s, MAX_SIZE);
        String where = wanted == null ? " WHERE state <> 'ACCEPTED'" : " WHERE state = ?";
        Object[] filter = wanted == null ? new Object[0] : new Object[]{wanted.name()};
        Long total = jdbc.queryForObject("SELECT count(*) FROM messaging.cbms_reports" + where, Long.class, filter);
        Object[] arguments = Arrays.copyOf(filter, filter.length + 2);
        arguments[filter.length] = s;
        arguments[filter.length + 1] = (long) p * s;
        List<ReportView> items = jdbc.query("SELECT " + COLUMNS + " FROM messaging.cbms_reports" + where
                + " ORDER BY queued_at, invoice_id LIMIT ? OFFSET ?", VIEW, arguments);
        return ApiResponse.ok(new PageOf<>(items, p, s, total == null ? 0 : total));
    }

    /** Sends a report not yet accepted at the next poll, whatever wait it was given; its count of failures starts again. */
    @PostMapping("/reports/{invoiceId}/send-now")
    public ApiResponse<ReportView> sendNow(@PathVariable("invoiceId") String invoiceId, Actor actor) {
        requireAdmin(actor);
        int updated = jdbc.update("""
                UPDATE messaging.cbms_reports SET next_attempt_at = now(), failures = 0
                WHERE invoice_id = ? AND state <> 'ACCEPTED'""", invoiceId);
        ReportView report = jdbc.query("SELECT " + COLUMNS + " FROM messaging.cbms_reports WHERE invoice_id = ?",
                VIEW, invoiceId).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("tax office report of invoice", invoiceId));
        if (updated == 0) {
            throw new ApiException(ErrorCode.ILLEGAL_TRANSITION,
                    "the report of " + report.number() + " was accepted already: there is nothing to send");
        }
        String note = enabled ? "the report of " + report.number() + " is sent at the next poll"
                : "the report of " + report.number() + " is due now; reporting to the tax office is off on this instance";
        return ApiResponse.ok(report, note);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("the tax office queue is open to admins only, not to role " + actor.role());
        }
    }

    private static TaxOfficeState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return TaxOfficeState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("state must be one of " + Arrays.toString(TaxOfficeState.values()));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** Whether this instance reports, the count of reports per state, and since when the oldest unaccepted one waits. */
    record QueueSummary(boolean enabled, Map<String, Long> counts, Instant oldestWaitingSince) {
    }

    /** One report as the queue holds it: the document, CBMS's last answer, the attempts and when it is next due. */
    record ReportView(String invoiceId, String kind, String number, String fiscalYear, String bsDate, String sellerPan,
                      String buyerName, BigDecimal totalAmount, String state, String detail, int attempts,
                      int failures, Instant queuedAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant acceptedAt) {
    }
}
