package np.khaacho.command.parsing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.command.parsing.Catalogs;
import np.khaacho.command.parsing.FixedCatalog;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.LiveRuleParser;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.RecordingCallLog;
import np.khaacho.command.parsing.log.AiCall;
import np.khaacho.command.parsing.log.AiCallStatus;
import np.khaacho.command.parsing.log.CallOrigin;
import np.khaacho.command.parsing.log.InputType;
import np.khaacho.command.parsing.rules.RuleOrderParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The LLM parser through the real langchain4j OpenAI client against a local chat completions stub. */
class LlmOrderParserTest {

    private static final String ORDER = "Namaste dai, chini 10 kg ra waiwai 3 ctn pathaidinu, 5 packet chiya pani";

    private final FixedCatalog catalog = new FixedCatalog(Catalogs.small());
    private final RecordingCallLog callLog = new RecordingCallLog();
    private OpenAiStub stub;
    private LlmOrderParser parser;

    @BeforeEach
    void startStub() throws IOException {
        stub = OpenAiStub.start();
    }

    @AfterEach
    void stopStub() {
        if (parser != null) {
            parser.close();
        }
        stub.close();
    }

    @Test
    void readsAnOrderAnswerCheckedAgainstTheCatalog() {
        parser = parser(settings());
        stub.answersJson(Map.of(
                "intent", "ORDER",
                "items", List.of(
                        item("SUGAR-KG", 10, "kg", "chini 10 kg"),
                        item("NOODLE-WAIWAI-CTN", 3, "carton", "waiwai 3 ctn")),
                "unresolved", List.of("5 packet chiya"),
                "language", "ne"));

        ParseResult result = parser.parse(ORDER, CallOrigin.text("SM123", "buyer-1"));

        assertThat(result.engine()).isEqualTo("llm:gpt-test");
        assertThat(result.intent()).isEqualTo(Intent.ORDER);
        assertThat(result.language()).isEqualTo("ne");
        assertThat(result.items()).containsExactly(
                new ParsedItem("SUGAR-KG", new BigDecimal("10"), "kg", "chini 10 kg"),
                new ParsedItem("NOODLE-WAIWAI-CTN", new BigDecimal("3"), "carton", "waiwai 3 ctn"));
        assertThat(result.unresolved()).containsExactly("5 packet chiya");

        AiCall call = callLog.last();
        assertThat(callLog.statuses()).containsExactly(AiCallStatus.SUCCESS);
        assertThat(call.engine()).isEqualTo("llm");
        assertThat(call.model()).isEqualTo("gpt-test");
        assertThat(call.answeredBy()).isEqualTo("llm:gpt-test");
        assertThat(call.tokens()).isEqualTo(new AiCall.TokenCounts(120, 30, 150));
        assertThat(call.origin()).isEqualTo(new CallOrigin(InputType.TEXT, "SM123", "buyer-1"));
        assertThat(call.input()).isEqualTo(ORDER);
        assertThat(call.result()).isEqualTo(result);
    }

    @Test
    void asksForStrictJsonOverTheCatalogLines() {
        parser = parser(settings());
        stub.answersJson(Map.of("intent", "OTHER", "items", List.of(), "unresolved", List.of(), "language", "en"));

        parser.parse("hello, what is the price of sugar?");

        JsonNode request = stub.lastRequest();
        assertThat(request.path("model").asText()).isEqualTo("gpt-test");
        assertThat(stub.lastAuthorization()).isEqualTo("Bearer test-key");
        JsonNode format = request.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asText()).isEqualTo(LlmPrompt.SCHEMA_NAME);
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(node -> required.add(node.asText()));
        assertThat(required).containsExactlyInAnyOrder("intent", "items", "unresolved", "language");
        String system = request.path("messages").get(0).path("content").asText();
        assertThat(system).contains("SUGAR-KG | Sugar | चिनी | sugar, chini, चिनी | kg | ")
                .contains("RICE-JEERA-25KG | Jeera Masino Rice 25 kg | जीरा मसिनो चामल (२५ केजी) | "
                        + "jeera masino, jira masino, chamal, rice | bag | 25 kg");
        assertThat(request.path("messages").get(1).path("content").asText())
                .isEqualTo("hello, what is the price of sugar?");
    }

    @Test
    void itemsTheCatalogCannotBackBecomeUnresolved() {
        parser = parser(settings());
        stub.answersJson(Map.of(
                "intent", "ORDER",
                "items", List.of(
                        item("TEA-GENERIC", 5, "packet", "5 packet chiya"),
                        item("RICE-JEERA-25KG", 50, "kg", "jeera masino 50 kg"),
                        item("DAL-MASOOR-KG", 0, "kg", "masuro 0 kg"),
                        item("SOAP-LUX-100G", new BigDecimal("1.2345"), "piece", "lux 1.2345"),
                        item("SUGAR-KG", new BigDecimal("2.500"), "KG", "chini 2.5 kg")),
                "unresolved", List.of(),
                "language", "ne"));

        ParseResult result = parser.parse("chini 2.5 kg, 5 packet chiya, jeera masino 50 kg, masuro 0 kg, lux 1.2345");

        assertThat(result.engine()).isEqualTo("llm:gpt-test");
        assertThat(result.items()).containsExactly(new ParsedItem("SUGAR-KG", new BigDecimal("2.5"), "kg", "chini 2.5 kg"));
        assertThat(result.unresolved()).containsExactly("5 packet chiya", "jeera masino 50 kg", "masuro 0 kg", "lux 1.2345");
        assertThat(callLog.statuses()).containsExactly(AiCallStatus.SUCCESS);
    }

    @Test
    void aMalformedAnswerFallsBackToTheRules() {
        parser = parser(settings());
        List<Object> malformed = List.of(
                "Sure! You ordered 10 kg of sugar.",
                Map.of("intent", "ORDER", "items", "sugar", "unresolved", List.of(), "language", "ne"),
                Map.of("intent", "BUY", "items", List.of(), "unresolved", List.of(), "language", "ne"),
                Map.of("intent", "ORDER", "items", List.of(Map.of("sku", "SUGAR-KG", "quantity", "ten", "unit", "kg",
                        "text", "chini")), "unresolved", List.of(), "language", "ne"),
                List.of("SUGAR-KG"));
        for (Object answer : malformed) {
            stub.answersJson(answer);
            ParseResult result = parser.parse(ORDER);
            assertThat(result).as("answer %s", answer).isEqualTo(rules(ORDER));
            assertThat(callLog.last().status()).isEqualTo(AiCallStatus.INVALID_ANSWER);
            assertThat(callLog.last().answeredBy()).isEqualTo("rules");
            assertThat(callLog.last().tokens().total()).isEqualTo(150);
            assertThat(callLog.last().error()).isNotBlank();
        }
        assertThat(stub.calls()).isEqualTo(malformed.size());
    }

    @Test
    void aLateAnswerTimesOutAndTheRulesAnswer() {
        parser = parser(settings(Duration.ofMillis(300), 100, 10, 5));
        stub.answersLate(Duration.ofSeconds(3), Map.of("intent", "ORDER", "items",
                List.of(item("SUGAR-KG", 10, "kg", "chini 10 kg")), "unresolved", List.of(), "language", "ne"));

        ParseResult result = parser.parse(ORDER);

        assertThat(result).isEqualTo(rules(ORDER));
        assertThat(callLog.statuses()).containsExactly(AiCallStatus.TIMEOUT);
        assertThat(callLog.last().answeredBy()).isEqualTo("rules");
        assertThat(callLog.last().error()).contains("PT0.3S");
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndTheLlmIsLeftAlone() {
        parser = parser(settings(Duration.ofSeconds(5), 100, 4, 4));
        stub.fails(500);

        for (int i = 0; i < 4; i++) {
            assertThat(parser.parse(ORDER)).isEqualTo(rules(ORDER));
        }
        assertThat(stub.calls()).isEqualTo(4);
        assertThat(callLog.statuses()).containsOnly(AiCallStatus.ERROR);
        assertThat(callLog.last().error()).contains("overloaded");

        stub.answersJson(Map.of("intent", "OTHER", "items", List.of(), "unresolved", List.of(), "language", "en"));
        for (int i = 0; i < 3; i++) {
            assertThat(parser.parse(ORDER)).isEqualTo(rules(ORDER));
        }
        assertThat(stub.calls()).isEqualTo(4);
        assertThat(callLog.statuses().subList(4, 7)).containsOnly(AiCallStatus.CIRCUIT_OPEN);
        assertThat(callLog.calls().subList(4, 7)).extracting(AiCall::answeredBy).containsOnly("rules");
    }

    @Test
    void callsBeyondTheRateLimitGoToTheRules() {
        parser = parser(settings(Duration.ofSeconds(5), 1, 10, 5));
        stub.answersJson(Map.of("intent", "CONFIRM", "items", List.of(), "unresolved", List.of(), "language", "ne"));

        assertThat(parser.parse("ho").engine()).isEqualTo("llm:gpt-test");
        assertThat(parser.parse("ho")).isEqualTo(rules("ho"));

        assertThat(stub.calls()).isEqualTo(1);
        assertThat(callLog.statuses()).containsExactly(AiCallStatus.SUCCESS, AiCallStatus.RATE_LIMITED);
    }

    private LlmOrderParser parser(LlmSettings settings) {
        return new LlmOrderParser(settings, catalog, new LiveRuleParser(catalog), callLog);
    }

    private LlmSettings settings() {
        return settings(Duration.ofSeconds(5), 100, 10, 5);
    }

    private LlmSettings settings(Duration timeout, int perMinute, int breakerWindow, int breakerMinimumCalls) {
        return new LlmSettings(stub.baseUrl(), "test-key", "gpt-test", timeout, 60, perMinute, breakerWindow,
                breakerMinimumCalls, 50f, Duration.ofMinutes(1));
    }

    private ParseResult rules(String text) {
        return new RuleOrderParser(catalog.entries()).parse(text);
    }

    private static Map<String, Object> item(String sku, Object quantity, String unit, String text) {
        return Map.of("sku", sku, "quantity", quantity, "unit", unit, "text", text);
    }
}
