package np.khaacho.query.invoice.document;

import np.khaacho.query.invoice.document.DocumentFonts.Face;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A4 pages written top to bottom: shaped text, rules, shading, a new page when one is full, page numbers. */
final class PdfPageWriter implements AutoCloseable {

    static final float LEFT = 42f;
    static final float RIGHT = PDRectangle.A4.getWidth() - 42f;
    private static final float TOP = PDRectangle.A4.getHeight() - 42f;
    private static final float BOTTOM = 64f;
    private static final float PAGE_NUMBER_SIZE = 8.5f;

    private final PDDocument document = new PDDocument();
    private final DocumentFonts fonts;
    private final Map<Face, PDFont> embedded = new EnumMap<>(Face.class);
    private final List<TrueTypeFont> parsed = new ArrayList<>();
    private PDPageContentStream out;
    private float y;
    private Runnable continuation = () -> { };

    PdfPageWriter(DocumentFonts fonts) {
        this.fonts = fonts;
        newPage();
    }

    /** The top of the room left on the page. */
    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    /** Starts a new page unless {@code height} fits on this one; a new page first gets what {@link #onNewPage} drew. */
    void room(float height) {
        if (y - height < BOTTOM) {
            newPage();
            continuation.run();
        }
    }

    void onNewPage(Runnable continuation) {
        this.continuation = continuation;
    }

    ShapedText shape(String text, boolean bold, float size) {
        return ShapedText.of(text, bold, size, fonts);
    }

    /** Draws the text with its baseline at {@code baseline}; answers its width. */
    float text(String text, float x, float baseline, float size, boolean bold) {
        ShapedText shaped = shape(text, bold, size);
        draw(shaped, x, baseline);
        return shaped.width();
    }

    void textRight(String text, float right, float baseline, float size, boolean bold) {
        ShapedText shaped = shape(text, bold, size);
        draw(shaped, right - shaped.width(), baseline);
    }

    void textCentered(String text, float baseline, float size, boolean bold) {
        ShapedText shaped = shape(text, bold, size);
        draw(shaped, (LEFT + RIGHT - shaped.width()) / 2, baseline);
    }

    /** The text broken at spaces into lines no wider than {@code width}; a longer word keeps a line of its own. */
    List<String> wrap(String text, float width, float size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && shape(longer, bold, size).width() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    void rule(float x1, float x2, float at, float lineWidth) {
        try {
            out.setLineWidth(lineWidth);
            out.moveTo(x1, at);
            out.lineTo(x2, at);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void shade(float x, float bottom, float width, float height, float gray) {
        try {
            out.setNonStrokingColor(gray, gray, gray);
            out.addRect(x, bottom, width, height);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers the pages, the label given the page and the count, and answers the document's bytes. */
    byte[] finish(BiFunction<Integer, Integer, String> pageLabel) {
        try {
            out.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
                textCentered(pageLabel.apply(i + 1, count), BOTTOM - 30f, PAGE_NUMBER_SIZE, false);
                out.close();
            }
            out = null;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            document.close();
            for (TrueTypeFont font : parsed) {
                font.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(ShapedText shaped, float x, float baseline) {
        try {
            shaped.draw(out, this::embedded, x, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The face embedded with PDFBox's own glyph substitution off: the invisible text then holds one glyph per
     * character, which search and copy map back to the characters.
     */
    private PDFont embedded(Face face) {
        return embedded.computeIfAbsent(face, missing -> {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(fonts.file(missing)));
                parsed.add(font);
                font.setEnableGsub(false);
                return PDType0Font.load(document, font, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed " + fonts.file(missing), e);
            }
        });
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
