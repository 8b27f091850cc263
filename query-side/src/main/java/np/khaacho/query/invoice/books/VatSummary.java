package np.khaacho.query.invoice.books;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The month's VAT figures from its sales book: sales, sales returns (positive) and the net the book's totals show. */
public record VatSummary(
        String vendorId,
        String month,
        LocalDate from,
        LocalDate to,
        BookSource source,
        int invoices,
        int creditNotes,
        BigDecimal taxableSales,
        BigDecimal vatOnSales,
        BigDecimal exemptSales,
        BigDecimal exportSales,
        BigDecimal returnsTaxable,
        BigDecimal returnsVat,
        BigDecimal returnsExempt,
        BigDecimal netTaxable,
        BigDecimal netVat,
        BigDecimal netExempt) {

    static VatSummary of(SalesBook book) {
        SalesAmounts sales = SalesAmounts.ZERO;
        SalesAmounts returns = SalesAmounts.ZERO;
        int invoices = 0;
        int creditNotes = 0;
        for (SalesBookRow row : book.rows()) {
            if (row.isSalesReturn()) {
                returns = returns.plus(row.amounts().negated());
                creditNotes++;
            } else {
                sales = sales.plus(row.amounts());
                invoices++;
            }
        }
        SalesAmounts net = sales.plus(returns.negated());
        return new VatSummary(book.vendorId(), book.month(), book.from(), book.to(), book.source(), invoices,
                creditNotes, sales.taxableSales(), sales.vat(), sales.exemptSales(), sales.exportSales(),
                returns.taxableSales(), returns.vat(), returns.exemptSales(), net.taxableSales(), net.vat(),
                net.exemptSales());
    }
}
