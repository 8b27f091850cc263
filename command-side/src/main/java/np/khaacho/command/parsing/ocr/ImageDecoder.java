package np.khaacho.command.parsing.ocr;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Turns uploaded bytes into an image, accepting PNG and JPEG only. The size is read from the header
 * before any pixel is decoded, so a small file claiming a huge image is refused cheaply.
 */
public final class ImageDecoder {

    private static final Set<String> FORMATS = Set.of("png", "jpeg");
    private static final long MAX_PIXELS = 40_000_000L;

    private ImageDecoder() {
    }

    public static BufferedImage decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.invalid("the image is empty");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw notAnImage();
                }
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                            "the image has more than " + MAX_PIXELS / 1_000_000 + " million pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw unreadable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw unreadable();
        }
    }

    private static ApiException notAnImage() {
        return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send a PNG or JPEG image");
    }

    private static ApiException unreadable() {
        return ApiException.invalid("the image could not be read: the file is damaged or incomplete");
    }
}
