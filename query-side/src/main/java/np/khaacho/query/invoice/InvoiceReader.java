package np.khaacho.query.invoice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.query.common.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads of the invoices projection: lists by party and kind, one document whole, its accesses. */
@Repository
public class InvoiceReader {

    private static final String COLUMNS = """
            invoice_id, kind, number, fiscal_year, issued_on, issued_at, order_id, order_number, vendor_id, buyer_id,
            buyer_name, buyer_pan, credited_invoice_id, taxable_amount, exempt_amount, vat_amount, total_amount, prints,
            tax_office_state, tax_office_detail""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    InvoiceReader(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Who may see which documents: one vendor's, one buyer's, or (both empty) everyone's. */
    public record Scope(String vendorId, String buyerId) {
    }

    public PageOf<InvoiceSummary> list(Scope scope, String kind, String fiscalYear, String orderId, Paging paging) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE true");
        condition(where, args, "vendor_id", scope.vendorId());
        condition(where, args, "buyer_id", scope.buyerId());
        condition(where, args, "kind", kind);
        condition(where, args, "fiscal_year", fiscalYear);
        condition(where, args, "order_id", orderId);
        Long total = jdbc.queryForObject("SELECT count(*) FROM read_model.invoices " + where, Long.class, args.toArray());
        args.add(paging.size());
        args.add(paging.offset());
        List<InvoiceSummary> items = jdbc.query("SELECT " + COLUMNS + " FROM read_model.invoices " + where
                + " ORDER BY issued_at DESC, number DESC LIMIT ? OFFSET ?", (rs, i) -> summary(rs), args.toArray());
        return new PageOf<>(items, paging.page(), paging.size(), total == null ? 0 : total);
    }

    public Optional<InvoiceDetail> find(String invoiceId) {
        return jdbc.query("SELECT " + COLUMNS + ", document FROM read_model.invoices WHERE invoice_id = ?",
                (rs, i) -> new InvoiceDetail(summary(rs), document(rs.getString("document")), accesses(invoiceId)),
                invoiceId).stream().findFirst();
    }

    private List<InvoiceDetail.Access> accesses(String invoiceId) {
        return jdbc.query("""
                        SELECT kind, user_id, copy, accessed_at FROM read_model.invoice_accesses
                         WHERE invoice_id = ? ORDER BY sequence""",
                (rs, i) -> new InvoiceDetail.Access(rs.getString("kind"), rs.getString("user_id"), rs.getInt("copy"),
                        rs.getTimestamp("accessed_at").toInstant()), invoiceId);
    }

    private static void condition(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private static InvoiceSummary summary(ResultSet rs) throws SQLException {
        var issuedOn = rs.getDate("issued_on").toLocalDate();
        return new InvoiceSummary(rs.getString("invoice_id"), rs.getString("kind"), rs.getString("number"),
                rs.getString("fiscal_year"), BsDate.fromGregorian(issuedOn).toString(), issuedOn,
                rs.getTimestamp("issued_at").toInstant(), rs.getString("order_id"), rs.getString("order_number"),
                rs.getString("vendor_id"), rs.getString("buyer_id"), rs.getString("buyer_name"), rs.getString("buyer_pan"),
                rs.getString("credited_invoice_id"), rs.getBigDecimal("taxable_amount"), rs.getBigDecimal("exempt_amount"),
                rs.getBigDecimal("vat_amount"), rs.getBigDecimal("total_amount"), rs.getInt("prints"),
                rs.getString("tax_office_state"), rs.getString("tax_office_detail"));
    }

    private InvoiceDocument document(String text) {
        try {
            return json.readValue(text, InvoiceDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored invoice document could not be read", e);
        }
    }
}
