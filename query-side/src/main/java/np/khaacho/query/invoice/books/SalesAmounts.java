package np.khaacho.query.invoice.books;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The book's amounts in the IRD's order (sales without VAT, exempt, taxable, VAT, export), then the total with VAT. */
public record SalesAmounts(
        BigDecimal totalSales,
        BigDecimal exemptSales,
        BigDecimal taxableSales,
        BigDecimal vat,
        BigDecimal exportSales,
        BigDecimal totalWithVat) {

    static final SalesAmounts ZERO = new SalesAmounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public SalesAmounts {
        totalSales = paisa(totalSales);
        exemptSales = paisa(exemptSales);
        taxableSales = paisa(taxableSales);
        vat = paisa(vat);
        exportSales = paisa(exportSales);
        totalWithVat = paisa(totalWithVat);
    }

    /** A document's amounts as the book enters them: a credit note is a sales return, every amount negative. */
    static SalesAmounts of(BookEntry entry) {
        BigDecimal export = BigDecimal.ZERO;
        SalesAmounts issued = new SalesAmounts(entry.taxable().add(entry.exempt()).add(export), entry.exempt(),
                entry.taxable(), entry.vat(), export, entry.total());
        return entry.isCreditNote() ? issued.negated() : issued;
    }

    SalesAmounts plus(SalesAmounts other) {
        return new SalesAmounts(totalSales.add(other.totalSales), exemptSales.add(other.exemptSales),
                taxableSales.add(other.taxableSales), vat.add(other.vat), exportSales.add(other.exportSales),
                totalWithVat.add(other.totalWithVat));
    }

    SalesAmounts negated() {
        return new SalesAmounts(totalSales.negate(), exemptSales.negate(), taxableSales.negate(), vat.negate(),
                exportSales.negate(), totalWithVat.negate());
    }

    /** The amounts in column order, as the files write them. */
    List<BigDecimal> columns() {
        return List.of(totalSales, exemptSales, taxableSales, vat, exportSales, totalWithVat);
    }

    private static BigDecimal paisa(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
