package np.khaacho.query.invoice.books;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** The sales book and VAT summary as an Excel workbook: amounts numeric with two decimals, header bold, totals row. */
final class SalesBookWorkbook {

    static final String BOOK_SHEET = "Sales book";
    static final String SUMMARY_SHEET = "VAT summary";
    private static final int TEXT_WIDTH = 20 * 256;
    private static final int NAME_WIDTH = 32 * 256;

    private SalesBookWorkbook() {
    }

    static byte[] write(SalesBook book) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            writeBook(workbook.createSheet(BOOK_SHEET), book, styles);
            VatSummarySheet.write(workbook.createSheet(SUMMARY_SHEET), VatSummary.of(book), styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the sales book could not be written as a workbook", e);
        }
    }

    private static void writeBook(Sheet sheet, SalesBook book, WorkbookStyles styles) {
        List<String> columns = BookColumns.all();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            styles.text(header, i, columns.get(i), styles.bold);
            sheet.setColumnWidth(i, i == 3 ? NAME_WIDTH : TEXT_WIDTH);
        }
        int r = 1;
        for (SalesBookRow row : book.rows()) {
            Row line = sheet.createRow(r++);
            styles.text(line, 0, row.dateBs(), null);
            Cell ad = line.createCell(1);
            ad.setCellValue(row.dateAd());
            ad.setCellStyle(styles.date);
            styles.text(line, 2, row.number(), null);
            styles.text(line, 3, row.buyerName(), null);
            styles.text(line, 4, row.buyerPan(), null);
            amounts(line, row.amounts().columns(), styles.amount);
            int next = BookColumns.LEADING.size() + BookColumns.AMOUNTS.size();
            styles.text(line, next, BookColumns.kind(row), null);
            styles.text(line, next + 1, row.creditedInvoiceNumber(), null);
        }
        Row totals = sheet.createRow(r);
        styles.text(totals, 0, BookColumns.TOTAL, styles.bold);
        amounts(totals, book.totals().columns(), styles.boldAmount);
        sheet.createFreezePane(0, 1);
    }

    private static void amounts(Row row, List<BigDecimal> amounts, CellStyle style) {
        for (int i = 0; i < amounts.size(); i++) {
            Cell cell = row.createCell(BookColumns.LEADING.size() + i);
            cell.setCellValue(amounts.get(i).doubleValue());
            cell.setCellStyle(style);
        }
    }

    /** The few cell styles the workbook uses, made once per workbook. */
    static final class WorkbookStyles {

        final CellStyle bold;
        final CellStyle amount;
        final CellStyle boldAmount;
        final CellStyle date;
        final CellStyle count;

        WorkbookStyles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            short twoDecimals = workbook.createDataFormat().getFormat("#,##0.00");
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            amount = workbook.createCellStyle();
            amount.setDataFormat(twoDecimals);
            boldAmount = workbook.createCellStyle();
            boldAmount.setDataFormat(twoDecimals);
            boldAmount.setFont(boldFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }

        void text(Row row, int column, String value, CellStyle style) {
            if (value == null) {
                return;
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
