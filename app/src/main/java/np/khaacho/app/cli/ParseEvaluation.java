package np.khaacho.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.command.parsing.OrderParser;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Scores a parser against labelled messages ({@code {"id","text","expected":{"intent","items":[{"sku",
 * "quantity","unit"}],"unresolved"}}} per line). An item counts when its SKU, unit and quantity (as a
 * number) all match; precision and recall are over all items of all messages.
 */
public final class ParseEvaluation {

    /** The figures of one run. */
    public record Score(int cases, int intentsRight, int itemsExpected, int itemsFound, int itemsMatched, int exact) {

        public double intentAccuracy() {
            return cases == 0 ? 0 : (double) intentsRight / cases;
        }

        public double precision() {
            return itemsFound == 0 ? (itemsExpected == 0 ? 1 : 0) : (double) itemsMatched / itemsFound;
        }

        public double recall() {
            return itemsExpected == 0 ? 1 : (double) itemsMatched / itemsExpected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double exactRate() {
            return cases == 0 ? 0 : (double) exact / cases;
        }

        public String summary() {
            return String.format(Locale.ROOT, "parse-eval: n=%d intent_acc=%.3f item_precision=%.3f item_recall=%.3f item_f1=%.3f exact=%.3f",
                    cases, intentAccuracy(), precision(), recall(), f1(), exactRate());
        }
    }

    private record Expected(String sku, BigDecimal quantity, String unit) {

        boolean matches(ParsedItem item) {
            return sku.equals(item.sku()) && unit.equals(item.unit()) && quantity.compareTo(item.quantity()) == 0;
        }

        @Override
        public String toString() {
            return sku + " " + quantity.stripTrailingZeros().toPlainString() + " " + unit;
        }
    }

    private ParseEvaluation() {
    }

    /** Scores every case of the reader, printing each message the parser did not read exactly. */
    public static Score run(OrderParser parser, BufferedReader cases, PrintStream mismatches) throws IOException {
        int n = 0;
        int intentsRight = 0;
        int expectedItems = 0;
        int foundItems = 0;
        int matchedItems = 0;
        int exact = 0;
        int lineNumber = 0;
        for (String line = cases.readLine(); line != null; line = cases.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = ParseCommand.JSON.readTree(line);
            if (!node.path("text").isTextual() || !node.path("expected").isObject()) {
                throw new IOException("line " + lineNumber + " needs \"text\" and \"expected\"");
            }
            JsonNode expectation = node.get("expected");
            String intent = expectation.path("intent").asText();
            List<Expected> expected = new ArrayList<>();
            for (JsonNode item : expectation.path("items")) {
                expected.add(new Expected(item.path("sku").asText(), new BigDecimal(item.path("quantity").asText()),
                        item.path("unit").asText()));
            }
            ParseResult result = parser.parse(node.get("text").asText());
            boolean intentRight = result.intent().name().equals(intent);
            int matched = matched(expected, result.items());
            n++;
            intentsRight += intentRight ? 1 : 0;
            expectedItems += expected.size();
            foundItems += result.items().size();
            matchedItems += matched;
            if (intentRight && matched == expected.size() && matched == result.items().size()) {
                exact++;
            } else {
                List<String> expectedUnresolved = new ArrayList<>();
                expectation.path("unresolved").forEach(u -> expectedUnresolved.add(u.asText()));
                mismatches.printf("MISMATCH %s: %s%n", node.path("id").asText(), oneLine(node.get("text").asText()));
                mismatches.printf("  expected: %s %s unresolved %s%n", intent, expected, expectedUnresolved);
                mismatches.printf("  got:      %s %s unresolved %s%n", result.intent(),
                        result.items().stream().map(i -> i.sku() + " " + i.quantity().toPlainString() + " " + i.unit())
                                .collect(Collectors.joining(", ", "[", "]")),
                        result.unresolved());
            }
        }
        return new Score(n, intentsRight, expectedItems, foundItems, matchedItems, exact);
    }

    private static int matched(List<Expected> expected, List<ParsedItem> found) {
        boolean[] used = new boolean[found.size()];
        int matched = 0;
        for (Expected item : expected) {
            for (int i = 0; i < found.size(); i++) {
                if (!used[i] && item.matches(found.get(i))) {
                    used[i] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    private static String oneLine(String text) {
        return text.replace("\r", "").replace("\n", "\\n");
    }
}
