package np.khaacho.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.rules.RuleOrderParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code java -jar khaacho.jar parse [--catalog catalog.csv]}: reads JSON lines {@code {"id":…,"text":…}}
 * on stdin and writes one line per input with what the rule parser read: intent, items and
 * unresolved text. Needs neither the database nor the web server.
 */
@Command(name = ParseCommand.NAME,
        header = "Parses messages with the rule parser: JSON lines in, JSON lines out.",
        description = "Reads JSON lines {\"id\":…,\"text\":…} on stdin and writes, for each, what the rule "
                + "parser read: intent, items and unresolved text. Needs neither the database nor the server. "
                + "Example: " + Cli.JAR + " parse < messages.jsonl")
final class ParseCommand implements Callable<Integer> {

    static final String NAME = "parse";
    static final ObjectMapper JSON = new ObjectMapper();

    private final Console console;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    CatalogOption catalog;

    ParseCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintStream out = console.out();
        RuleOrderParser parser = catalog.parser();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                out.println(answer(parser, line));
            }
        } catch (IOException e) {
            console.err().println("cannot read the input: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    private static String answer(RuleOrderParser parser, String line) throws JsonProcessingException {
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            ObjectNode error = JSON.createObjectNode();
            error.putNull("id");
            error.put("error", "not a JSON object: " + e.getOriginalMessage());
            return JSON.writeValueAsString(error);
        }
        JsonNode text = input.path("text");
        if (!input.isObject() || !text.isTextual()) {
            ObjectNode error = JSON.createObjectNode();
            error.set("id", input.isObject() ? input.get("id") : null);
            error.put("error", "a line needs a \"text\" string");
            return JSON.writeValueAsString(error);
        }
        return JSON.writeValueAsString(json(input.get("id"), parser.parse(text.asText())));
    }

    static ObjectNode json(JsonNode id, ParseResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.set("id", id);
        node.put("intent", result.intent().name());
        ArrayNode items = node.putArray("items");
        for (ParsedItem item : result.items()) {
            ObjectNode json = items.addObject();
            json.put("sku", item.sku());
            json.put("quantity", item.quantity());
            json.put("unit", item.unit());
        }
        ArrayNode unresolved = node.putArray("unresolved");
        result.unresolved().forEach(unresolved::add);
        return node;
    }
}
