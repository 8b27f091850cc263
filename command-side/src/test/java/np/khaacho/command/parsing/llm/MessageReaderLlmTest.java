package np.khaacho.command.parsing.llm;

import np.khaacho.command.parsing.Catalogs;
import np.khaacho.command.parsing.FixedCatalog;
import np.khaacho.command.parsing.ImageReading;
import np.khaacho.command.parsing.LiveRuleParser;
import np.khaacho.command.parsing.MessageReader;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.RecordingCallLog;
import np.khaacho.command.parsing.log.AiCall;
import np.khaacho.command.parsing.log.AiCallStatus;
import np.khaacho.command.parsing.log.CallOrigin;
import np.khaacho.command.parsing.log.InputType;
import np.khaacho.command.parsing.ocr.TesseractOcr;
import np.khaacho.command.parsing.ocr.TextImages;
import np.khaacho.command.parsing.rules.RuleOrderParser;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The message reader with the LLM parser and real Tesseract: who each logged call belongs to, and what it refuses. */
class MessageReaderLlmTest {

    private final FixedCatalog catalog = new FixedCatalog(Catalogs.small());
    private final RecordingCallLog callLog = new RecordingCallLog();
    private OpenAiStub stub;
    private LlmOrderParser llm;
    private TesseractOcr ocr;
    private MessageReader reader;

    @BeforeEach
    void start() throws IOException {
        stub = OpenAiStub.start();
        llm = new LlmOrderParser(new LlmSettings(stub.baseUrl(), null, "gpt-test", Duration.ofSeconds(5), 60, 100, 10,
                5, 50f, Duration.ofMinutes(1)), catalog, new LiveRuleParser(catalog), callLog);
        ocr = new TesseractOcr(System.getenv().getOrDefault("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata"),
                "nep+eng", 1);
        reader = new MessageReader(llm, ocr, callLog, 1024 * 1024);
    }

    @AfterEach
    void stop() {
        llm.close();
        ocr.close();
        stub.close();
    }

    @Test
    void typedTextGoesToTheLlmWithItsMessageAndUser() {
        stub.answersJson(Map.of("intent", "CONFIRM", "items", List.of(), "unresolved", List.of(), "language", "ne"));

        ParseResult result = reader.readText("ho, pathaidinu", "SM-text-1", "buyer-7");

        assertThat(result.engine()).isEqualTo("llm:gpt-test");
        assertThat(stub.lastAuthorization()).isEqualTo("Bearer none");
        assertThat(callLog.calls()).extracting(AiCall::origin)
                .containsExactly(new CallOrigin(InputType.TEXT, "SM-text-1", "buyer-7"));
    }

    @Test
    void aPhotoIsReadByOcrThenByTheLlmBothLoggedAsImage() {
        stub.answersJson(Map.of("intent", "ORDER", "items",
                List.of(Map.of("sku", "SUGAR-KG", "quantity", 10, "unit", "kg", "text", "chini 10 kg")),
                "unresolved", List.of(), "language", "ne"));
        byte[] png = TextImages.png(TextImages.render(List.of("chini 10 kg"), new Font(Font.SANS_SERIF, Font.PLAIN, 32)));

        ImageReading reading = reader.readImage(png, "image/png", "SM-photo-1", "buyer-7");

        assertThat(reading.text()).isEqualTo("chini 10 kg");
        assertThat(reading.result().engine()).isEqualTo("llm:gpt-test");
        assertThat(stub.lastRequest().path("messages").get(1).path("content").asText()).isEqualTo("chini 10 kg");
        CallOrigin photo = new CallOrigin(InputType.IMAGE, "SM-photo-1", "buyer-7");
        assertThat(callLog.calls()).extracting(AiCall::engine, AiCall::status, AiCall::origin).containsExactly(
                tuple("ocr", AiCallStatus.SUCCESS, photo),
                tuple("llm", AiCallStatus.SUCCESS, photo));
        assertThat(callLog.calls().get(0).result()).isEqualTo(Map.of("text", "chini 10 kg"));
    }

    @Test
    void aFailingLlmStillReadsThePhotoWithTheRules() {
        stub.fails(503);
        byte[] png = TextImages.png(TextImages.render(List.of("waiwai 3 ctn"), new Font(Font.SANS_SERIF, Font.PLAIN, 32)));

        ImageReading reading = reader.readImage(png, null, null, null);

        assertThat(reading.result()).isEqualTo(new RuleOrderParser(catalog.entries()).parse(reading.text()));
        assertThat(callLog.statuses()).containsExactly(AiCallStatus.SUCCESS, AiCallStatus.ERROR);
    }

    @Test
    void refusesEmptyLargeAndForeignInputBeforeAnyCall() {
        assertRefused(() -> reader.readText(" ", null, null), ErrorCode.VALIDATION_ERROR);
        assertRefused(() -> reader.readText("x".repeat(MessageReader.MAX_TEXT_LENGTH + 1), null, null),
                ErrorCode.VALIDATION_ERROR);
        assertRefused(() -> reader.readImage(new byte[0], "image/png", null, null), ErrorCode.VALIDATION_ERROR);
        assertRefused(() -> reader.readImage(new byte[1024 * 1024 + 1], "image/png", null, null),
                ErrorCode.PAYLOAD_TOO_LARGE);
        byte[] png = TextImages.png(TextImages.render(List.of("chini"), new Font(Font.SANS_SERIF, Font.PLAIN, 32)));
        assertRefused(() -> reader.readImage(png, "application/pdf", null, null), ErrorCode.UNSUPPORTED_MEDIA_TYPE);

        assertThat(callLog.calls()).isEmpty();
        assertThat(stub.calls()).isZero();
    }

    private static void assertRefused(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
