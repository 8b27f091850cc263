package np.khaacho.command.parsing.ocr;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real Tesseract (Nepali and English) reading rendered PNG and JPEG images. */
class TesseractOcrTest {

    private static TesseractOcr ocr;

    @BeforeAll
    static void startOcr() {
        String datapath = System.getenv().getOrDefault("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata");
        ocr = new TesseractOcr(datapath, "nep+eng", 2);
    }

    @AfterAll
    static void stopOcr() {
        ocr.close();
    }

    @Test
    void readsAPrintedRomanizedList() {
        BufferedImage image = TextImages.render(List.of("Order", "1. chini 10 kg", "2. waiwai 3 ctn"),
                new Font(Font.SANS_SERIF, Font.PLAIN, 32));

        String text = ocr.read(ImageDecoder.decode(TextImages.png(image)));

        assertThat(squeeze(text)).contains("Order", "1. chini 10 kg", "2. waiwai 3 ctn");
        assertThat(text.lines().filter(line -> !line.isBlank()).count()).isEqualTo(3);
    }

    @Test
    void readsDevanagari() {
        BufferedImage image = TextImages.render(List.of("चिनी २० केजी", "मसुरो दाल १० केजी"),
                TextImages.font(TextImages.DEVANAGARI_FONT, 36));

        String text = ocr.read(ImageDecoder.decode(TextImages.png(image)));

        assertThat(squeeze(text)).contains("चिनी २० केजी", "मसुरो दाल १० केजी");
    }

    @Test
    void readsASmallJpegOnSeveralThreadsAtOnce() throws Exception {
        byte[] jpeg = TextImages.jpeg(TextImages.render(List.of("Lux soap 12 piece"),
                new Font(Font.SANS_SERIF, Font.PLAIN, 18)));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> reads = threads.invokeAll(List.of(
                    () -> ocr.read(ImageDecoder.decode(jpeg)), () -> ocr.read(ImageDecoder.decode(jpeg)),
                    () -> ocr.read(ImageDecoder.decode(jpeg)), () -> ocr.read(ImageDecoder.decode(jpeg))));
            for (Future<String> read : reads) {
                assertThat(squeeze(read.get())).contains("Lux soap 12 piece");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void upscalesSmallPrintOnly() {
        BufferedImage small = TextImages.render(List.of("Lux soap 12 piece"), new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        BufferedImage large = TextImages.render(List.of("Lux soap 12 piece"), new Font(Font.SANS_SERIF, Font.PLAIN, 40));

        BufferedImage smallPrepared = TesseractOcr.prepare(small);
        BufferedImage largePrepared = TesseractOcr.prepare(large);

        assertThat(TesseractOcr.medianLineHeight(TesseractOcr.prepare(small))).isGreaterThan(20);
        assertThat(smallPrepared.getWidth()).isGreaterThan(2 * small.getWidth());
        assertThat(largePrepared.getWidth() - large.getWidth()).isLessThan(large.getWidth() / 4);
        assertThat(largePrepared.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void aBlankImageHasNoText() {
        BufferedImage blank = TextImages.render(List.of(" "), new Font(Font.SANS_SERIF, Font.PLAIN, 32));

        assertThat(ocr.read(blank)).isEmpty();
    }

    @Test
    void refusesWhatIsNotAPngOrJpeg() {
        assertThatThrownBy(() -> ImageDecoder.decode("Order: chini 10 kg".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
        byte[] png = TextImages.png(TextImages.render(List.of("chini"), new Font(Font.SANS_SERIF, Font.PLAIN, 20)));
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> ImageDecoder.decode(truncated))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        assertThatThrownBy(() -> ImageDecoder.decode(new byte[0]))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
    }

    /** OCR may vary spacing, never the words: runs of spaces become one. */
    private static String squeeze(String text) {
        return text.replaceAll("[ \\t]+", " ");
    }
}
