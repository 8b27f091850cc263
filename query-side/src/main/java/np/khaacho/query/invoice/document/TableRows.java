package np.khaacho.query.invoice.document;

import java.util.ArrayList;
import java.util.List;

/** Rows of a ruled table on a page: cells wrapped to their column, some right-aligned, a row kept whole on a page. */
final class TableRows {

    static final float SIZE = 9.5f;
    static final float LEADING = 13.5f;
    static final float PAD = 3.5f;

    private final PdfPageWriter page;
    private final float[] widths;
    private final boolean[] rightAligned;
    private final float[] edges;

    TableRows(PdfPageWriter page, float[] widths, boolean[] rightAligned) {
        this.page = page;
        this.widths = widths.clone();
        this.rightAligned = rightAligned.clone();
        this.edges = new float[widths.length + 1];
        edges[0] = PdfPageWriter.LEFT;
        for (int i = 0; i < widths.length; i++) {
            edges[i + 1] = edges[i] + widths[i];
        }
    }

    /** Where column {@code index} starts; {@code columns()} gives the right edge of the table. */
    float edge(int index) {
        return edges[index];
    }

    int columns() {
        return widths.length;
    }

    void row(List<String> cells, boolean bold, float shade) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = page.wrap(cells.get(i), widths[i] - 2 * PAD, SIZE, bold);
            wrapped.add(cell);
            height = Math.max(height, cell.size());
        }
        float rowHeight = height * LEADING + 2 * PAD;
        page.room(rowHeight);
        float top = page.y();
        if (shade > 0f) {
            page.shade(edges[0], top - rowHeight, edges[edges.length - 1] - edges[0], rowHeight, shade);
        }
        for (int i = 0; i < wrapped.size(); i++) {
            float baseline = top - PAD - SIZE;
            for (String text : wrapped.get(i)) {
                if (rightAligned[i]) {
                    page.textRight(text, edges[i + 1] - PAD, baseline, SIZE, bold);
                } else {
                    page.text(text, edges[i] + PAD, baseline, SIZE, bold);
                }
                baseline -= LEADING;
            }
        }
        page.rule(edges[0], edges[edges.length - 1], top - rowHeight, 0.4f);
        page.down(rowHeight);
    }
}
