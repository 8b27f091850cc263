package np.khaacho.query.invoice.document;

import np.khaacho.query.invoice.document.DocumentFonts.Face;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One line of text shaped by Java's text layout (conjuncts, reordered vowel signs and reph in Devanagari),
 * drawn into a PDF page as filled outlines over an invisible copy of its characters that search and copy read.
 */
final class ShapedText {

    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);
    private static final float TWO_THIRDS = 2f / 3f;
    private static final float HUNDREDTHS = 100f;

    private record Glyph(Shape outline, float x, float y) {
    }

    private record Run(Face face, String text, List<Glyph> glyphs, float advance) {
    }

    private final List<Run> runs;
    private final float size;

    private ShapedText(List<Run> runs, float size) {
        this.runs = runs;
        this.size = size;
    }

    /** The text in runs of one script each: Devanagari in Noto Sans Devanagari, everything else in Noto Sans. */
    static ShapedText of(String text, boolean bold, float size, DocumentFonts fonts) {
        List<Run> runs = new ArrayList<>();
        Face current = null;
        int start = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            Face face = faceOf(text.codePointAt(i), current, bold, fonts);
            if (current != null && face != current) {
                runs.add(shape(current, text.substring(start, i), fonts));
                start = i;
            }
            current = face;
        }
        if (current != null) {
            runs.add(shape(current, text.substring(start), fonts));
        }
        return new ShapedText(runs, size);
    }

    float width() {
        float advance = 0;
        for (Run run : runs) {
            advance += run.advance();
        }
        return advance * size / DocumentFonts.LAYOUT_SIZE;
    }

    /** Draws the line with its baseline starting at (x, y) in PDF coordinates. */
    void draw(PDPageContentStream out, Function<Face, PDFont> embedded, float x, float y) throws IOException {
        float scale = size / DocumentFonts.LAYOUT_SIZE;
        float cursor = x;
        for (Run run : runs) {
            for (Glyph glyph : run.glyphs()) {
                out.saveGraphicsState();
                out.transform(new Matrix(scale, 0, 0, -scale, hundredths(cursor + glyph.x() * scale),
                        hundredths(y - glyph.y() * scale)));
                fill(out, glyph.outline().getPathIterator(null));
                out.restoreGraphicsState();
            }
            hidden(out, embedded.apply(run.face()), run.text(), cursor, y, run.advance() * scale);
            cursor += run.advance() * scale;
        }
    }

    private static Face faceOf(int codePoint, Face current, boolean bold, DocumentFonts fonts) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.DEVANAGARI) {
            return Face.of(true, bold);
        }
        if (script == Character.UnicodeScript.LATIN) {
            return Face.of(false, bold);
        }
        if (current != null && fonts.font(current).canDisplay(codePoint)) {
            return current;
        }
        return Face.of(!fonts.font(Face.of(false, bold)).canDisplay(codePoint)
                && fonts.font(Face.of(true, bold)).canDisplay(codePoint), bold);
    }

    private static Run shape(Face face, String text, DocumentFonts fonts) {
        Font font = fonts.font(face);
        char[] chars = text.toCharArray();
        GlyphVector glyphs = font.layoutGlyphVector(UNHINTED, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        List<Glyph> drawn = new ArrayList<>();
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            Point2D at = glyphs.getGlyphPosition(i);
            Shape outline = glyphs.getGlyphOutline(i, (float) -at.getX(), (float) -at.getY());
            if (!outline.getPathIterator(null).isDone()) {
                drawn.add(new Glyph(outline, (float) at.getX(), (float) at.getY()));
            }
        }
        float advance = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
        return new Run(face, text, List.copyOf(drawn), advance);
    }

    private static float hundredths(float value) {
        return Math.round(value * HUNDREDTHS) / HUNDREDTHS;
    }

    /** Fills the outline of one glyph, in font units (a thousandth of the em), cubic curves for quadratic ones. */
    private static void fill(PDPageContentStream out, PathIterator path) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        float startX = 0;
        float startY = 0;
        boolean any = false;
        for (; !path.isDone(); path.next()) {
            int segment = path.currentSegment(c);
            for (int i = 0; i < c.length; i++) {
                c[i] = Math.round(c[i]);
            }
            switch (segment) {
                case PathIterator.SEG_MOVETO -> {
                    out.moveTo(c[0], c[1]);
                    startX = lastX = c[0];
                    startY = lastY = c[1];
                    any = true;
                }
                case PathIterator.SEG_LINETO -> {
                    out.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    out.curveTo(Math.round(lastX + TWO_THIRDS * (c[0] - lastX)),
                            Math.round(lastY + TWO_THIRDS * (c[1] - lastY)),
                            Math.round(c[2] + TWO_THIRDS * (c[0] - c[2])),
                            Math.round(c[3] + TWO_THIRDS * (c[1] - c[3])), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                case PathIterator.SEG_CLOSE -> {
                    out.closePath();
                    lastX = startX;
                    lastY = startY;
                }
                default -> throw new IllegalStateException("unknown path segment");
            }
        }
        if (!any) {
            return;
        }
        if (path.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            out.fillEvenOdd();
        } else {
            out.fill();
        }
    }

    private void hidden(PDPageContentStream out, PDFont font, String text, float x, float y, float width)
            throws IOException {
        String shown = encodable(text, font);
        if (shown.isEmpty()) {
            return;
        }
        float natural = font.getStringWidth(shown) / 1000f * size;
        out.beginText();
        out.setRenderingMode(RenderingMode.NEITHER);
        out.setFont(font, size);
        out.setHorizontalScaling(natural > 0 ? 100f * width / natural : 100f);
        out.newLineAtOffset(x, y);
        out.showText(shown);
        out.endText();
    }

    private static String encodable(String text, PDFont font) throws IOException {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            String one = new String(Character.toChars(text.codePointAt(i)));
            try {
                font.encode(one);
                kept.append(one);
            } catch (IllegalArgumentException notInTheFont) {
                continue;
            }
        }
        return kept.toString();
    }
}
