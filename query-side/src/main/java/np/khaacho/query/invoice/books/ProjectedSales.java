package np.khaacho.query.invoice.books;

import np.khaacho.kernel.invoice.DocumentKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The documents of a vendor's month as the invoices projection holds them ({@code read_model.invoices}). */
@Repository
class ProjectedSales {

    private final JdbcTemplate jdbc;

    ProjectedSales(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<BookEntry> of(String vendorId, BookMonth month) {
        return jdbc.query("""
                        SELECT invoice_id, kind, number, issued_on, buyer_name, buyer_pan, taxable_amount, exempt_amount,
                               vat_amount, total_amount, document ->> 'creditedInvoiceNumber' AS credited_number
                          FROM read_model.invoices
                         WHERE vendor_id = ? AND issued_on BETWEEN ? AND ?""",
                (rs, i) -> new BookEntry(rs.getString("invoice_id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("number"), rs.getDate("issued_on").toLocalDate(), rs.getString("buyer_name"),
                        rs.getString("buyer_pan"), rs.getBigDecimal("taxable_amount"), rs.getBigDecimal("exempt_amount"),
                        rs.getBigDecimal("vat_amount"), rs.getBigDecimal("total_amount"), rs.getString("credited_number")),
                vendorId, month.from(), month.to());
    }
}
