package np.khaacho.saga.taxoffice;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceIssued;
import np.khaacho.kernel.invoice.TaxOfficeState;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code messaging.cbms_reports}: one report per document, added once whatever the redeliveries. A claim
 * marks reports as taken by one claimer for a while, in one short statement ({@code FOR UPDATE SKIP
 * LOCKED}: claimers never wait for each other nor take the same report). A report is claimed when it is
 * due to be sent (a credit note only once its invoice's report was accepted) or when its state is not
 * yet recorded on its invoice. Every later change names the claimer, so a claimer whose claim ran out
 * and was taken over changes nothing.
 */
class ReportQueue {

    private static final String COLUMNS = """
            invoice_id, kind, credited_invoice_id, seller_pan, buyer_pan, buyer_name, fiscal_year, number, bs_date,
            credited_number, reason, taxable_amount, exempt_amount, vat_amount, total_amount, issued_at, state, detail,
            recorded_state, failures""";
    private static final String CLAIM = """
            UPDATE messaging.cbms_reports SET claimed_by = ?, claimed_until = now() + make_interval(secs => ?)
            WHERE invoice_id IN (
                SELECT r.invoice_id FROM messaging.cbms_reports r
                WHERE (r.claimed_until IS NULL OR r.claimed_until < now())
                  AND (r.recorded_state IS DISTINCT FROM r.state
                       OR (r.state <> 'ACCEPTED' AND r.next_attempt_at <= now()
                           AND (r.credited_invoice_id IS NULL OR EXISTS (
                               SELECT 1 FROM messaging.cbms_reports i
                               WHERE i.invoice_id = r.credited_invoice_id AND i.state = 'ACCEPTED'))))
                ORDER BY r.queued_at, r.invoice_id LIMIT ?
                FOR UPDATE OF r SKIP LOCKED)
            RETURNING %s, (state <> 'ACCEPTED' AND next_attempt_at <= now()) AS due""".formatted(COLUMNS);

    private final JdbcTemplate jdbc;

    ReportQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the report of an issued document, in the transaction that handles its event; false if queued before. */
    boolean add(InvoiceIssued event) {
        InvoiceDocument d = event.document();
        return jdbc.update("""
                        INSERT INTO messaging.cbms_reports (invoice_id, kind, credited_invoice_id, seller_pan,
                            buyer_pan, buyer_name, fiscal_year, number, bs_date, credited_number, reason,
                            taxable_amount, exempt_amount, vat_amount, total_amount, issued_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (invoice_id) DO NOTHING""",
                event.invoiceId().value(), d.kind().name(),
                event.creditedInvoiceId() == null ? null : event.creditedInvoiceId().value(),
                d.seller().pan(), d.buyer().pan(), d.buyer().name(), CbmsFormats.fiscalYear(d.fiscalYear()),
                d.number(), CbmsFormats.date(BsDate.fromGregorian(d.issuedOn())), d.creditedInvoiceNumber(),
                d.reason(), d.totals().taxable().amount(), d.totals().exempt().amount(), d.totals().vat().amount(),
                d.totals().total().amount(), OffsetDateTime.ofInstant(event.issuedAt(), ZoneOffset.UTC)) == 1;
    }

    List<QueuedReport> claim(String claimer, int limit, Duration claimFor) {
        return jdbc.query(CLAIM, (rs, row) -> report(rs), claimer, claimFor.toMillis() / 1000.0, limit);
    }

    /** Holds the claim for another while, just before the report is sent; false once it is not this claimer's. */
    boolean renew(QueuedReport report, String claimer, Duration claimFor) {
        return jdbc.update("""
                UPDATE messaging.cbms_reports SET claimed_until = now() + make_interval(secs => ?)
                WHERE invoice_id = ? AND claimed_by = ?""",
                claimFor.toMillis() / 1000.0, report.invoiceId(), claimer) == 1;
    }

    /** Whether the report of this invoice was accepted: a credit note of it may follow. */
    boolean accepted(String invoiceId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM messaging.cbms_reports WHERE invoice_id = ? AND state = 'ACCEPTED')""",
                Boolean.class, invoiceId));
    }

    /** Notes an attempt's outcome and when the report is due again; false once it is not this claimer's. */
    boolean attempted(QueuedReport report, String claimer, CbmsAnswer answer, int failures, Duration wait) {
        return jdbc.update("""
                        UPDATE messaging.cbms_reports
                        SET state = ?, detail = ?, attempts = attempts + 1, failures = ?, last_attempt_at = now(),
                            next_attempt_at = now() + make_interval(secs => ?),
                            accepted_at = CASE WHEN ? = 'ACCEPTED' THEN now() ELSE accepted_at END
                        WHERE invoice_id = ? AND claimed_by = ? AND state <> 'ACCEPTED'""",
                answer.state().name(), answer.detail(), failures, wait.toMillis() / 1000.0, answer.state().name(),
                report.invoiceId(), claimer) == 1;
    }

    /** Notes that this state is now recorded on the invoice. */
    void recorded(QueuedReport report, String claimer, TaxOfficeState state) {
        jdbc.update("""
                UPDATE messaging.cbms_reports SET recorded_state = ?
                WHERE invoice_id = ? AND claimed_by = ? AND state = ?""",
                state.name(), report.invoiceId(), claimer, state.name());
    }

    /** Gives a claimed report back, for whoever claims next. */
    void release(QueuedReport report, String claimer) {
        jdbc.update("""
                UPDATE messaging.cbms_reports SET claimed_by = NULL, claimed_until = NULL
                WHERE invoice_id = ? AND claimed_by = ?""", report.invoiceId(), claimer);
    }

    private static QueuedReport report(ResultSet rs) throws SQLException {
        String recorded = rs.getString("recorded_state");
        Timestamp issuedAt = rs.getTimestamp("issued_at");
        return new QueuedReport(rs.getString("invoice_id"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("credited_invoice_id"), rs.getString("seller_pan"), rs.getString("buyer_pan"),
                rs.getString("buyer_name"), rs.getString("fiscal_year"), rs.getString("number"),
                rs.getString("bs_date"), rs.getString("credited_number"), rs.getString("reason"),
                rs.getBigDecimal("taxable_amount"), rs.getBigDecimal("exempt_amount"), rs.getBigDecimal("vat_amount"),
                rs.getBigDecimal("total_amount"), issuedAt.toInstant(), TaxOfficeState.valueOf(rs.getString("state")),
                rs.getString("detail"), recorded == null ? null : TaxOfficeState.valueOf(recorded),
                rs.getInt("failures"), rs.getBoolean("due"));
    }
}
