package np.khaacho.query.invoice.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The Noto font files a document is drawn in, found in one directory, and their Java fonts, loaded once. */
final class DocumentFonts {

    /** One of the four faces: Noto Sans for Latin text, Noto Sans Devanagari for Nepali, each regular and bold. */
    enum Face {
        LATIN("NotoSans-Regular.ttf"),
        LATIN_BOLD("NotoSans-Bold.ttf"),
        DEVANAGARI("NotoSansDevanagari-Regular.ttf"),
        DEVANAGARI_BOLD("NotoSansDevanagari-Bold.ttf");

        private final String fileName;

        Face(String fileName) {
            this.fileName = fileName;
        }

        static Face of(boolean devanagari, boolean bold) {
            if (devanagari) {
                return bold ? DEVANAGARI_BOLD : DEVANAGARI;
            }
            return bold ? LATIN_BOLD : LATIN;
        }

        boolean devanagari() {
            return this == DEVANAGARI || this == DEVANAGARI_BOLD;
        }
    }

    static final float LAYOUT_SIZE = 1000f;

    private final Path directory;
    private final Map<Face, Font> loaded = new EnumMap<>(Face.class);

    DocumentFonts(Path directory) {
        this.directory = directory;
    }

    Path file(Face face) {
        Path file = directory.resolve(face.fileName);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("Invoice PDFs are drawn in the Noto fonts, and " + file + " is missing: "
                    + "install Debian's fonts-noto-core, or set khaacho.invoice-pdf.font-directory to a directory "
                    + "holding NotoSans-Regular.ttf, NotoSans-Bold.ttf, NotoSansDevanagari-Regular.ttf and "
                    + "NotoSansDevanagari-Bold.ttf");
        }
        return file;
    }

    /** The face at {@link #LAYOUT_SIZE} points (a point a font unit of Noto's 1000 to the em), for Java's layout. */
    synchronized Font font(Face face) {
        Font font = loaded.get(face);
        if (font == null) {
            Path file = file(face);
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(LAYOUT_SIZE);
            } catch (FontFormatException e) {
                throw new IllegalStateException("not a TrueType font: " + file, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            loaded.put(face, font);
        }
        return font;
    }
}
