package np.khaacho.query.invoice.document;

import np.khaacho.kernel.invoice.InvoiceLine;
import np.khaacho.kernel.invoice.InvoiceTotals;
import np.khaacho.query.invoice.document.DocumentLabels.Label;

import java.util.ArrayList;
import java.util.List;

/** The table of an invoice's lines, its header repeated on every page it runs onto, and the sums under it. */
final class LineTable {

    private static final float SIZE = TableRows.SIZE;
    private static final float LEADING = TableRows.LEADING;
    private static final float PAD = TableRows.PAD;
    private static final float[] WIDTHS = {30f, 184f, 52f, 45f, 70f, 80f, 50f};
    private static final boolean[] RIGHT_ALIGNED = {true, false, true, false, true, true, false};
    private static final Label[] HEADINGS = {Label.SERIAL, Label.DESCRIPTION, Label.QUANTITY, Label.UNIT, Label.RATE,
            Label.AMOUNT, Label.VAT_CLASS};
    private static final int AMOUNT = 5;

    private final PdfPageWriter page;
    private final DocumentLabels labels;
    private final TableRows rows;

    LineTable(PdfPageWriter page, DocumentLabels labels) {
        this.page = page;
        this.labels = labels;
        this.rows = new TableRows(page, WIDTHS, RIGHT_ALIGNED);
    }

    void write(List<InvoiceLine> lines, InvoiceTotals totals, String continuedTitle) {
        header();
        page.onNewPage(() -> {
            page.text(continuedTitle, PdfPageWriter.LEFT, page.y() - SIZE, SIZE, true);
            page.down(LEADING * 1.6f);
            header();
        });
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            row(List.of(labels.digits(String.valueOf(i + 1)), labels.description(line),
                    labels.quantity(line.quantity()), line.unit() == null ? "" : line.unit(),
                    labels.amount(line.rate()), labels.amount(line.amount()), labels.vatClass(line.vatClass())),
                    false, 0f);
        }
        page.onNewPage(() -> { });
        sums(totals);
    }

    private void header() {
        List<String> cells = new ArrayList<>();
        for (Label heading : HEADINGS) {
            cells.add(labels.get(heading));
        }
        row(cells, true, 0.88f);
    }

    private void row(List<String> cells, boolean bold, float shade) {
        rows.row(cells, bold, shade);
    }

    private void sums(InvoiceTotals totals) {
        page.room(5 * LEADING + 4 * PAD);
        page.down(PAD);
        sum(Label.TAXABLE_AMOUNT, labels.amount(totals.taxable()), false);
        sum(Label.EXEMPT_AMOUNT, labels.amount(totals.exempt()), false);
        sum(Label.VAT, labels.amount(totals.vat()), false);
        page.rule(rows.edge(3), rows.edge(rows.columns()), page.y() - PAD / 2, 0.8f);
        page.down(PAD);
        sum(Label.TOTAL, labels.rupees(totals.total()), true);
        page.rule(rows.edge(3), rows.edge(rows.columns()), page.y() - PAD / 2, 0.8f);
    }

    private void sum(Label label, String value, boolean bold) {
        float baseline = page.y() - SIZE - 1f;
        page.text(labels.get(label), rows.edge(3) + PAD, baseline, SIZE, bold);
        page.textRight(value, rows.edge(AMOUNT + 1) - PAD, baseline, SIZE, bold);
        page.down(LEADING + 1f);
    }
}
