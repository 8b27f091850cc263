package np.khaacho.query.invoice.document;

import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.TaxParty;
import np.khaacho.query.invoice.document.DocumentLabels.Label;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Invoices and credit notes as A4 PDF documents in English or Nepali: Devanagari shaped by Java's text layout
 * and drawn as outlines in Noto Sans Devanagari, under an invisible text layer that search and copy read.
 */
@Component
public class InvoicePdf {

    public static final String DEFAULT_FONT_DIRECTORY = "/usr/share/fonts/truetype/noto";

    private static final float BODY = 10f;
    private static final float LEADING = 14f;
    private static final float COLUMN = 262f;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final DocumentFonts fonts;

    /** Fonts from Debian's fonts-noto-core. */
    public InvoicePdf() {
        this(DEFAULT_FONT_DIRECTORY);
    }

    /** Fonts from the directory khaacho.invoice-pdf.font-directory names, Debian's by default. */
    @Autowired
    public InvoicePdf(@Value("${khaacho.invoice-pdf.font-directory:" + DEFAULT_FONT_DIRECTORY + "}")
                      String fontDirectory) {
        this(Path.of(fontDirectory));
    }

    /** Fonts from a directory holding NotoSans-Regular/-Bold.ttf and NotoSansDevanagari-Regular/-Bold.ttf. */
    public InvoicePdf(Path fontDirectory) {
        this.fonts = new DocumentFonts(fontDirectory);
    }

    public byte[] render(InvoiceDocument document, Language language) {
        DocumentLabels labels = DocumentLabels.of(language);
        try (PdfPageWriter page = new PdfPageWriter(fonts)) {
            heading(page, document, labels);
            particulars(page, document, labels);
            new LineTable(page, labels).write(document.lines(), document.totals(),
                    labels.get(Label.CONTINUED, title(document, labels), labels.number(document.number())));
            closing(page, document, labels);
            return page.finish((number, count) ->
                    labels.get(Label.PAGE, labels.digits(number.toString()), labels.digits(count.toString())));
        }
    }

    private static void heading(PdfPageWriter page, InvoiceDocument document, DocumentLabels labels) {
        TaxParty seller = document.seller();
        centered(page, seller.name(), 15f, true);
        if (present(seller.address())) {
            centered(page, seller.address(), BODY, false);
        }
        if (present(seller.pan())) {
            centered(page, labels.get(Label.PAN) + ": " + labels.digits(seller.pan()), BODY, false);
        }
        page.down(6f);
        centered(page, title(document, labels), 16f, true);
        if (document.copy() > 0) {
            centered(page, labels.get(Label.COPY, labels.digits(String.valueOf(document.copy()))), BODY, false);
        }
        page.down(4f);
        page.rule(PdfPageWriter.LEFT, PdfPageWriter.RIGHT, page.y(), 0.8f);
        page.down(8f);
    }

    private static void particulars(PdfPageWriter page, InvoiceDocument document, DocumentLabels labels) {
        boolean credit = document.kind() == DocumentKind.CREDIT_NOTE;
        List<String[]> left = new ArrayList<>();
        TaxParty buyer = document.buyer();
        if (buyer != null) {
            left.add(new String[] {labels.get(Label.BUYER), buyer.name()});
            if (present(buyer.address())) {
                left.add(new String[] {labels.get(Label.ADDRESS), buyer.address()});
            }
            if (present(buyer.pan())) {
                left.add(new String[] {labels.get(Label.PAN), labels.digits(buyer.pan())});
            }
        }
        List<String[]> right = new ArrayList<>();
        right.add(new String[] {labels.get(credit ? Label.CREDIT_NOTE_NUMBER : Label.INVOICE_NUMBER),
                labels.number(document.number())});
        right.add(new String[] {labels.get(Label.FISCAL_YEAR), labels.digits(document.fiscalYear())});
        right.add(new String[] {labels.get(Label.DATE), labels.date(document.issuedOn())});
        if (present(document.orderNumber())) {
            right.add(new String[] {labels.get(Label.ORDER_NUMBER), labels.number(document.orderNumber())});
        }
        float top = page.y();
        float leftHeight = fields(page, left, PdfPageWriter.LEFT, top);
        float rightHeight = fields(page, right, PdfPageWriter.RIGHT - COLUMN + 20f, top);
        page.down(Math.max(leftHeight, rightHeight) + 6f);
        if (credit) {
            if (present(document.creditedInvoiceNumber())) {
                String credited = labels.number(document.creditedInvoiceNumber());
                line(page, labels.get(Label.AGAINST_INVOICE, credited), true);
            }
            if (present(document.reason())) {
                field(page, labels.get(Label.REASON), document.reason());
            }
            page.down(6f);
        }
    }

    private static void closing(PdfPageWriter page, InvoiceDocument document, DocumentLabels labels) {
        page.down(10f);
        String words = labels.inWords(document.totals().total());
        if (words != null) {
            field(page, labels.get(Label.IN_WORDS), words);
        }
        if (present(document.paymentTerms())) {
            field(page, labels.get(Label.PAYMENT_TERMS), labels.paymentTerms(document.paymentTerms()));
        }
    }

    private static String title(InvoiceDocument document, DocumentLabels labels) {
        if (document.kind() == DocumentKind.CREDIT_NOTE) {
            return labels.get(Label.CREDIT_NOTE);
        }
        return labels.get(document.taxInvoice() ? Label.TAX_INVOICE : Label.INVOICE);
    }

    private static float fields(PdfPageWriter page, List<String[]> fields, float x, float top) {
        float baseline = top - BODY;
        for (String[] field : fields) {
            float indent = page.shape(field[0] + ": ", true, BODY).width();
            page.text(field[0] + ": ", x, baseline, BODY, true);
            for (String text : page.wrap(field[1], COLUMN - indent, BODY, false)) {
                page.text(text, x + indent, baseline, BODY, false);
                baseline -= LEADING;
            }
        }
        return top - baseline - BODY;
    }

    static void field(PdfPageWriter page, String label, String value) {
        float indent = page.shape(label + ": ", true, BODY).width();
        List<String> lines = page.wrap(value, PdfPageWriter.RIGHT - PdfPageWriter.LEFT - indent, BODY, false);
        page.room(lines.size() * LEADING);
        page.text(label + ": ", PdfPageWriter.LEFT, page.y() - BODY, BODY, true);
        for (String text : lines) {
            page.text(text, PdfPageWriter.LEFT + indent, page.y() - BODY, BODY, false);
            page.down(LEADING);
        }
    }

    private static void line(PdfPageWriter page, String text, boolean bold) {
        page.room(LEADING);
        page.text(text, PdfPageWriter.LEFT, page.y() - BODY, BODY, bold);
        page.down(LEADING);
    }

    static void centered(PdfPageWriter page, String text, float size, boolean bold) {
        page.textCentered(text, page.y() - size, size, bold);
        page.down(size * 1.45f);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
