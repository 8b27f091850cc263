package np.khaacho.command.parsing;

import np.khaacho.command.parsing.llm.LlmOrderParser;
import np.khaacho.command.parsing.log.AiCall;
import np.khaacho.command.parsing.log.AiCallLog;
import np.khaacho.command.parsing.log.AiCallStatus;
import np.khaacho.command.parsing.log.CallOrigin;
import np.khaacho.command.parsing.ocr.ImageDecoder;
import np.khaacho.command.parsing.ocr.ImageTextReader;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads a buyer's message, typed or photographed, into a {@link ParseResult} with the configured
 * parser (the LLM with fallback to the rules, or the rules alone), logging every read with the
 * message SID and user it belongs to, and with the buyer's own words ({@link Vocabulary}) first. Bad input is refused with an {@link ApiException}: empty or
 * too long text (VALIDATION_ERROR), an image too large (PAYLOAD_TOO_LARGE), not PNG or JPEG
 * (UNSUPPORTED_MEDIA_TYPE), damaged or without readable text (VALIDATION_ERROR); an OCR engine that
 * fails answers SERVICE_UNAVAILABLE.
 */
public class MessageReader {

    public static final int MAX_TEXT_LENGTH = 4000;
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/jpg", "image/pjpeg",
            "application/octet-stream");

    private final OrderParser parser;
    private final ImageTextReader ocr;
    private final AiCallLog callLog;
    private final long maxImageBytes;
    private final Function<String, Vocabulary> vocabularies;

    public MessageReader(OrderParser parser, ImageTextReader ocr, AiCallLog callLog, long maxImageBytes) {
        this(parser, ocr, callLog, maxImageBytes, userId -> Vocabulary.NONE);
    }

    /** With each buyer's own words ({@code vocabularies}, by user id), read before the catalog's. */
    public MessageReader(OrderParser parser, ImageTextReader ocr, AiCallLog callLog, long maxImageBytes,
                         Function<String, Vocabulary> vocabularies) {
        this.parser = parser;
        this.ocr = ocr;
        this.callLog = callLog;
        this.maxImageBytes = maxImageBytes;
        this.vocabularies = vocabularies;
    }

    /** Reads typed text; {@code messageSid} and {@code userId} may be null. */
    public ParseResult readText(String text, String messageSid, String userId) {
        return read(text, CallOrigin.text(messageSid, userId), vocabularies.apply(userId));
    }

    /**
     * Reads the text of a PNG or JPEG photo with OCR, then the order in it. {@code contentType} may be
     * null (the bytes decide); {@code messageSid} and {@code userId} may be null.
     */
    public ImageReading readImage(byte[] bytes, String contentType, String messageSid, String userId) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.invalid("the image is empty");
        }
        if (bytes.length > maxImageBytes) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "the image is larger than " + maxImageBytes / (1024 * 1024) + " MB");
        }
        if (contentType != null && !contentType.isBlank() && !IMAGE_TYPES.contains(mediaType(contentType))) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send a PNG or JPEG image, not " + contentType);
        }
        BufferedImage image = ImageDecoder.decode(bytes);
        CallOrigin origin = CallOrigin.image(messageSid, userId);
        String text = recognise(image, origin);
        return new ImageReading(text, read(text, origin, vocabularies.apply(userId)));
    }

    private String recognise(BufferedImage image, CallOrigin origin) {
        long started = System.nanoTime();
        String input = "image " + image.getWidth() + "x" + image.getHeight();
        String text;
        try {
            text = ocr.read(image);
        } catch (RuntimeException | LinkageError e) {
            callLog.record(new AiCall(origin, AiCall.ENGINE_OCR, ocr.model(), null, millisSince(started),
                    AiCallStatus.ERROR, null, e.toString(), input, null));
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "the image reader is not available right now");
        }
        AiCallStatus status = text.isBlank() ? AiCallStatus.NO_TEXT : AiCallStatus.SUCCESS;
        callLog.record(new AiCall(origin, AiCall.ENGINE_OCR, ocr.model(), null, millisSince(started), status,
                AiCall.ENGINE_OCR, null, input, Map.of("text", text)));
        if (text.isBlank()) {
            throw ApiException.invalid("no text could be read from the image");
        }
        return text;
    }

    private ParseResult read(String text, CallOrigin origin, Vocabulary vocabulary) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalid("the message has no text");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw ApiException.invalid("the message is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (parser instanceof LlmOrderParser llm) {
            return llm.parse(text, origin, vocabulary);
        }
        long started = System.nanoTime();
        ParseResult result = parser.parse(text, vocabulary);
        callLog.record(new AiCall(origin, AiCall.ENGINE_RULES, AiCall.ENGINE_RULES, null, millisSince(started),
                AiCallStatus.SUCCESS, result.engine(), null, text, result));
        return result;
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
