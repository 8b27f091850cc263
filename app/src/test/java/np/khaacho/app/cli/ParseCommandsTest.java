package np.khaacho.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The offline parsing commands, run in-process on streams through the jar's command line. */
class ParseCommandsTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private int run(InputStream in, String... args) {
        return new Cli(new Console(in, stream(out), stream(err)), NoServer.class).execute(args);
    }

    private int run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private List<String> outputLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void parseWritesOneJsonLinePerMessage() throws Exception {
        String input = """
                {"id":"a","text":"dui bora basmati ra besan 1.5 kg"}

                {"id":7,"text":"Need oil 2"}
                {"id":"c","text":"ok confirm"}
                not json
                """;
        int exit = run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "parse");

        assertThat(exit).isZero();
        List<String> lines = outputLines();
        assertThat(lines).hasSize(4);
        JsonNode order = json.readTree(lines.get(0));
        assertThat(order.get("id").asText()).isEqualTo("a");
        assertThat(order.get("intent").asText()).isEqualTo("ORDER");
        assertThat(order.get("items")).hasSize(2);
        assertThat(order.get("items").get(0).get("sku").asText()).isEqualTo("RICE-BASMATI-5KG");
        assertThat(order.get("items").get(0).get("quantity").isNumber()).isTrue();
        assertThat(lines.get(0)).contains("\"quantity\":2,").contains("\"quantity\":1.5,");
        assertThat(order.get("items").get(1).get("unit").asText()).isEqualTo("kg");
        assertThat(order.get("unresolved")).isEmpty();

        JsonNode ambiguous = json.readTree(lines.get(1));
        assertThat(ambiguous.get("id").asInt()).isEqualTo(7);
        assertThat(ambiguous.get("unresolved").get(0).asText()).isEqualTo("oil 2");

        assertThat(json.readTree(lines.get(2)).get("intent").asText()).isEqualTo("CONFIRM");
        assertThat(json.readTree(lines.get(3)).has("error")).isTrue();
    }

    @Test
    void parseReadsAnotherCatalog(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("catalog.csv");
        Files.writeString(catalog, """
                sku,vendor_code,name,name_ne,aliases,category,unit,pack_size,price_npr,stock,min_order_qty
                EGG-TRAY,V-1,Eggs (tray of 30),अण्डा,anda|eggs|अण्डा,dairy,tray,30 piece,450,10,1
                """);
        int exit = run(new ByteArrayInputStream("{\"id\":1,\"text\":\"anda 60 pcs\"}\n".getBytes(StandardCharsets.UTF_8)),
                "parse", "--catalog", catalog.toString());

        assertThat(exit).isZero();
        JsonNode result = json.readTree(outputLines().get(0));
        assertThat(result.get("items").get(0).get("sku").asText()).isEqualTo("EGG-TRAY");
        assertThat(result.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(result.get("items").get(0).get("unit").asText()).isEqualTo("tray");
    }

    @Test
    void parseEvalPrintsMismatchesAndOneSummaryLine(@TempDir Path dir) throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, """
                {"id":"right","text":"chini 10 kilo","expected":{"intent":"ORDER","items":[{"sku":"SUGAR-KG","quantity":10.0,"unit":"kg"}],"unresolved":[]}}
                {"id":"wrong-qty","text":"chini 5 kilo","expected":{"intent":"ORDER","items":[{"sku":"SUGAR-KG","quantity":6,"unit":"kg"}],"unresolved":[]}}
                {"id":"wrong-intent","text":"ok confirm","expected":{"intent":"CANCEL","items":[],"unresolved":[]}}
                {"id":"two","text":"rara 2 ctn\\nmayos 1 ctn","expected":{"intent":"ORDER","items":[{"sku":"NOODLE-RARA-CTN","quantity":2,"unit":"carton"}],"unresolved":[]}}
                """, StandardCharsets.UTF_8);
        int exit = run("parse-eval", cases.toString());

        assertThat(exit).isZero();
        List<String> lines = outputLines();
        assertThat(lines).filteredOn(line -> line.startsWith("MISMATCH "))
                .containsExactly("MISMATCH wrong-qty: chini 5 kilo", "MISMATCH wrong-intent: ok confirm",
                        "MISMATCH two: rara 2 ctn\\nmayos 1 ctn");
        assertThat(lines).contains("  expected: ORDER [SUGAR-KG 6 kg] unresolved []", "  got:      ORDER [SUGAR-KG 5 kg] unresolved []");
        // items: expected 3, found 4, matched 2; intents 3 of 4; exact 1 of 4
        assertThat(lines.get(lines.size() - 1)).isEqualTo(
                "parse-eval: n=4 intent_acc=0.750 item_precision=0.500 item_recall=0.667 item_f1=0.571 exact=0.250");
    }

    @Test
    void parseEvalWithoutAFileShowsUsage() {
        assertThat(run("parse-eval")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar khaacho.jar parse-eval");
    }

    @Test
    void parseBenchPrintsMessagesPerSecond() {
        int exit = run("parse-bench", "--seconds", "0.2", "--warmup", "0.1",
                "--data", ProjectFiles.find("data/parsing").toString());

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("(?s)parse-bench: messages=\\d+ seconds=[0-9.]+ msgs_per_sec=\\d+ texts=\\d+ .*");
    }
}
