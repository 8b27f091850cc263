package np.khaacho.command.parsing.ocr;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Renders lines of text, black on white, as a photo of a written order would show them. */
public final class TextImages {

    public static final String DEVANAGARI_FONT = "Noto Sans Devanagari";

    private TextImages() {
    }

    public static BufferedImage render(List<String> lines, Font font) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measuring = probe.createGraphics();
        FontMetrics metrics = measuring.getFontMetrics(font);
        measuring.dispose();
        int margin = 40;
        int lineHeight = (int) (metrics.getHeight() * 1.4);
        int width = lines.stream().mapToInt(metrics::stringWidth).max().orElse(100) + 2 * margin;
        int height = lines.size() * lineHeight + 2 * margin;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), margin, margin + metrics.getAscent() + i * lineHeight);
        }
        g.dispose();
        return image;
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    /** A font installed on this machine; a missing one is a setup error, not a reason to skip. */
    public static Font font(String family, int size) {
        boolean installed = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(family);
        if (!installed) {
            throw new IllegalStateException("font " + family + " is not installed (apt-get install fonts-noto-core)");
        }
        return new Font(family, Font.PLAIN, size);
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
