package np.khaacho.query.invoice.books;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;

/** The workbook's "VAT summary" sheet: a label and a value per line, the period first, then counts and amounts. */
final class VatSummarySheet {

    private VatSummarySheet() {
    }

    static void write(Sheet sheet, VatSummary summary, SalesBookWorkbook.WorkbookStyles styles) {
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        Lines lines = new Lines(sheet, styles);
        lines.text("Vendor", summary.vendorId());
        lines.text("Month (BS)", summary.month());
        lines.text("From (AD)", summary.from().toString());
        lines.text("To (AD)", summary.to().toString());
        lines.text("Source", summary.source().label());
        lines.count("Invoices", summary.invoices());
        lines.count("Credit notes", summary.creditNotes());
        lines.amount("Taxable sales", summary.taxableSales());
        lines.amount("VAT on sales", summary.vatOnSales());
        lines.amount("Exempt sales", summary.exemptSales());
        lines.amount("Export sales", summary.exportSales());
        lines.amount("Sales returns: taxable", summary.returnsTaxable());
        lines.amount("Sales returns: VAT", summary.returnsVat());
        lines.amount("Sales returns: exempt", summary.returnsExempt());
        lines.amount("Net taxable sales", summary.netTaxable());
        lines.amount("Net VAT", summary.netVat());
        lines.amount("Net exempt sales", summary.netExempt());
    }

    /** Appends label and value lines one under the other. */
    private static final class Lines {

        private final Sheet sheet;
        private final SalesBookWorkbook.WorkbookStyles styles;
        private int next;

        Lines(Sheet sheet, SalesBookWorkbook.WorkbookStyles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        void text(String label, String value) {
            Row row = label(label);
            styles.text(row, 1, value, null);
        }

        void count(String label, int value) {
            Cell cell = label(label).createCell(1);
            cell.setCellValue(value);
            cell.setCellStyle(styles.count);
        }

        void amount(String label, BigDecimal value) {
            Cell cell = label(label).createCell(1);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.amount);
        }

        private Row label(String label) {
            Row row = sheet.createRow(next++);
            styles.text(row, 0, label, styles.bold);
            return row;
        }
    }
}
