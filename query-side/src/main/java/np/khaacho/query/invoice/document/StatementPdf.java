package np.khaacho.query.invoice.document;

import np.khaacho.kernel.calendar.Language;
import np.khaacho.query.invoice.document.DocumentLabels.Label;
import np.khaacho.query.statement.Statement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;

/**
 * A vendor-buyer pair's monthly statement of account as an A4 PDF in English or Nepali, in the same
 * fonts and hand as the invoices: the balance brought forward, the month's entries with a running
 * balance, the balance carried forward, then the orders placed and the invoices and credit notes issued.
 */
@Component
public class StatementPdf {

    private static final float BODY = 10f;
    private static final float LEADING = 14f;
    private static final float[] LEDGER = {78f, 198f, 80f, 80f, 75f};
    private static final boolean[] LEDGER_RIGHT = {false, false, true, true, true};
    private static final float[] ORDERS = {78f, 120f, 140f, 173f};
    private static final boolean[] ORDERS_RIGHT = {false, false, false, true};
    private static final float[] DOCUMENTS = {78f, 110f, 110f, 100f, 113f};
    private static final boolean[] DOCUMENTS_RIGHT = {false, false, false, false, true};

    private final DocumentFonts fonts;

    StatementPdf(@Value("${khaacho.invoice-pdf.font-directory:" + InvoicePdf.DEFAULT_FONT_DIRECTORY + "}")
                 String fontDirectory) {
        this.fonts = new DocumentFonts(Path.of(fontDirectory));
    }

    public byte[] render(Statement statement, Language language) {
        DocumentLabels labels = DocumentLabels.of(language);
        try (PdfPageWriter page = new PdfPageWriter(fonts)) {
            heading(page, statement, labels, language);
            summary(page, statement, labels);
            ledger(page, statement, labels);
            orders(page, statement, labels);
            documents(page, statement, labels);
            return page.finish((number, count) ->
                    labels.get(Label.PAGE, labels.digits(number.toString()), labels.digits(count.toString())));
        }
    }

    private static void heading(PdfPageWriter page, Statement statement, DocumentLabels labels, Language language) {
        InvoicePdf.centered(page, statement.vendor().name(), 15f, true);
        page.down(4f);
        InvoicePdf.centered(page, labels.get(Label.STATEMENT), 16f, true);
        InvoicePdf.centered(page, statement.month().displayName(language), 12f, false);
        page.down(2f);
        page.rule(PdfPageWriter.LEFT, PdfPageWriter.RIGHT, page.y(), 0.8f);
        page.down(8f);
        InvoicePdf.field(page, labels.get(Label.BUYER), statement.buyer().name());
        InvoicePdf.field(page, labels.get(Label.PERIOD), statement.from().longForm(language) + " – " + statement.to().longForm(language)
                + " (" + labels.digits(statement.from().toGregorian().toString()) + " – "
                + labels.digits(statement.to().toGregorian().toString()) + ")");
        page.down(6f);
    }

    private static void summary(PdfPageWriter page, Statement statement, DocumentLabels labels) {
        TableRows rows = new TableRows(page, new float[] {300f, 211f}, new boolean[] {false, true});
        rows.row(List.of(labels.get(Label.OPENING_BALANCE), labels.rupees(statement.opening())), false, 0f);
        rows.row(List.of("+ " + labels.get(Label.DELIVERED), labels.rupees(statement.delivered())), false, 0f);
        rows.row(List.of("− " + labels.get(Label.PAID), labels.rupees(statement.paid())), false, 0f);
        rows.row(List.of(labels.get(Label.CLOSING_BALANCE), labels.rupees(statement.closing())), true, 0.88f);
        page.down(14f);
    }

    private static void ledger(PdfPageWriter page, Statement statement, DocumentLabels labels) {
        TableRows rows = new TableRows(page, LEDGER, LEDGER_RIGHT);
        List<String> header = List.of(labels.get(Label.DATE), labels.get(Label.DESCRIPTION), labels.get(Label.DEBIT),
                labels.get(Label.CREDIT), labels.get(Label.BALANCE));
        rows.row(header, true, 0.88f);
        page.onNewPage(() -> rows.row(header, true, 0.88f));
        rows.row(List.of(labels.bsDay(statement.from().toGregorian()), labels.get(Label.OPENING_BALANCE), "", "",
                labels.amount(statement.opening())), false, 0f);
        for (Statement.Entry entry : statement.entries()) {
            String order = labels.number(entry.orderNumber());
            boolean delivery = "DELIVERY".equals(entry.kind());
            rows.row(List.of(labels.bsDay(entry.day()),
                    delivery ? labels.get(Label.ENTRY_DELIVERED, order) : labels.get(Label.ENTRY_PAID,
                            labels.method(entry.method()), order),
                    delivery ? labels.amount(entry.debit()) : "", delivery ? "" : labels.amount(entry.credit()),
                    labels.amount(entry.balance())), false, 0f);
        }
        rows.row(List.of(labels.bsDay(statement.to().toGregorian()), labels.get(Label.CLOSING_BALANCE),
                labels.amount(statement.delivered()), labels.amount(statement.paid()),
                labels.amount(statement.closing())), true, 0f);
        page.onNewPage(() -> { });
        page.down(14f);
    }

    private static void orders(PdfPageWriter page, Statement statement, DocumentLabels labels) {
        title(page, labels.get(Label.ORDERS_PLACED));
        if (statement.orders().isEmpty()) {
            line(page, labels.get(Label.NONE));
            return;
        }
        TableRows rows = new TableRows(page, ORDERS, ORDERS_RIGHT);
        rows.row(List.of(labels.get(Label.DATE), labels.get(Label.ORDER_NUMBER), labels.get(Label.STATUS),
                labels.get(Label.TOTAL)), true, 0.88f);
        for (Statement.PlacedOrder order : statement.orders()) {
            rows.row(List.of(labels.bsDay(order.placedOn()), labels.number(order.orderNumber()), order.status(),
                    labels.amount(order.total())), false, 0f);
        }
        page.down(14f);
    }

    private static void documents(PdfPageWriter page, Statement statement, DocumentLabels labels) {
        title(page, labels.get(Label.DOCUMENTS));
        if (statement.documents().isEmpty()) {
            line(page, labels.get(Label.NONE));
            return;
        }
        TableRows rows = new TableRows(page, DOCUMENTS, DOCUMENTS_RIGHT);
        rows.row(List.of(labels.get(Label.DATE), labels.get(Label.DOCUMENT), labels.get(Label.NUMBER),
                labels.get(Label.ORDER_NUMBER), labels.get(Label.TOTAL)), true, 0.88f);
        for (Statement.Document document : statement.documents()) {
            rows.row(List.of(labels.bsDay(document.issuedOn()),
                    labels.get("CREDIT_NOTE".equals(document.kind()) ? Label.CREDIT_NOTE : Label.INVOICE),
                    labels.number(document.number()), document.orderNumber() == null ? "" : labels.number(document.orderNumber()),
                    labels.amount(document.total())), false, 0f);
        }
    }

    private static void title(PdfPageWriter page, String text) {
        page.room(LEADING * 3);
        page.text(text, PdfPageWriter.LEFT, page.y() - 11f, 11f, true);
        page.down(LEADING * 1.4f);
    }

    private static void line(PdfPageWriter page, String text) {
        page.room(LEADING);
        page.text(text, PdfPageWriter.LEFT, page.y() - BODY, BODY, false);
        page.down(LEADING);
    }
}
