package np.khaacho.command.parsing.ocr;

import java.awt.image.BufferedImage;

/** Reads the printed or written text of an image. */
public interface ImageTextReader {

    /** The text found, lines separated by {@code \n}; empty when the image holds no readable text. */
    String read(BufferedImage image);

    /** Names the engine and its languages, for the call log (e.g. {@code tesseract:nep+eng}). */
    String model();
}
