package np.khaacho.query.invoice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.kernel.invoice.InvoiceAccessed;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceIssued;
import np.khaacho.kernel.invoice.InvoiceReportedToTaxOffice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Writes of the invoices projection; each event is applied once, a redelivered one changes nothing. */
@Repository
class InvoiceTables {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    InvoiceTables(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void issue(InvoiceIssued e, long sequence) {
        InvoiceDocument d = e.document();
        jdbc.update("""
                        INSERT INTO read_model.invoices (invoice_id, kind, number, fiscal_year, issued_on, issued_at, order_id,
                            order_number, vendor_id, buyer_id, credited_invoice_id, buyer_name, buyer_pan, taxable_amount,
                            exempt_amount, vat_amount, total_amount, document, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (invoice_id) DO NOTHING""",
                e.invoiceId().value(), d.kind().name(), d.number(), d.fiscalYear(), d.issuedOn(),
                OffsetDateTime.ofInstant(e.issuedAt(), ZoneOffset.UTC), e.orderId().value(), d.orderNumber(),
                e.vendorId().value(), e.buyerId().value(),
                e.creditedInvoiceId() == null ? null : e.creditedInvoiceId().value(), d.buyer().name(), d.buyer().pan(),
                d.totals().taxable().amount(), d.totals().exempt().amount(), d.totals().vat().amount(),
                d.totals().total().amount(), write(d), sequence);
    }

    /** Records an access; false when it was recorded before. */
    boolean access(InvoiceAccessed e, long sequence, Instant at) {
        return jdbc.update("""
                        INSERT INTO read_model.invoice_accesses (invoice_id, sequence, kind, user_id, copy, accessed_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.invoiceId().value(), sequence, e.kind().name(), e.userId(), e.copy(),
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC)) == 1;
    }

    void countPrint(String invoiceId, long sequence) {
        jdbc.update("UPDATE read_model.invoices SET prints = prints + 1, last_sequence = ? WHERE invoice_id = ?",
                sequence, invoiceId);
    }

    /** Notes how the report to the tax office stands; an event seen before (or an older one) changes nothing. */
    void taxOffice(InvoiceReportedToTaxOffice e, long sequence) {
        jdbc.update("""
                        UPDATE read_model.invoices SET tax_office_state = ?, tax_office_detail = ?, last_sequence = ?
                        WHERE invoice_id = ? AND last_sequence < ?""",
                e.state().name(), e.detail(), sequence, e.invoiceId().value(), sequence);
    }

    void truncate() {
        jdbc.execute("TRUNCATE read_model.invoices, read_model.invoice_accesses");
    }

    private String write(InvoiceDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an invoice document could not be written as JSON", e);
        }
    }
}
