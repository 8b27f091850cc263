package np.khaacho.command.parsing.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks an LLM answer against the catalog. An answer of the wrong shape is refused as a whole
 * (the rules read the message instead); an item naming an unknown SKU, another unit than the
 * product's, or a quantity that is not positive with at most 3 decimals becomes unresolved text.
 */
final class LlmAnswerReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int MAX_DECIMALS = 3;

    private LlmAnswerReader() {
    }

    static ParseResult read(String answer, List<CatalogEntry> catalog, String engine) throws InvalidAnswerException {
        JsonNode root = parse(answer);
        Intent intent = intent(root.get("intent"));
        String language = text(root.get("language"), "language");
        if (!language.equals("en") && !language.equals("ne")) {
            throw new InvalidAnswerException("language is neither en nor ne: " + language);
        }
        JsonNode items = array(root.get("items"), "items");
        JsonNode unresolvedNode = array(root.get("unresolved"), "unresolved");

        Map<String, CatalogEntry> bySku = catalog.stream()
                .collect(Collectors.toMap(CatalogEntry::sku, Function.identity(), (a, b) -> a));
        List<ParsedItem> parsed = new ArrayList<>();
        Set<String> unresolved = new LinkedHashSet<>();
        for (JsonNode unresolvedText : unresolvedNode) {
            String value = text(unresolvedText, "unresolved");
            if (!value.isBlank()) {
                unresolved.add(value.strip());
            }
        }
        if (intent == Intent.ORDER) {
            for (JsonNode item : items) {
                if (!item.isObject()) {
                    throw new InvalidAnswerException("an item is not an object");
                }
                readItem(item, bySku).ifPresentOrElse(parsed::add, () -> unresolved.add(itemText(item)));
            }
        }
        return new ParseResult(intent, parsed, List.copyOf(unresolved), language, engine);
    }

    private static Optional<ParsedItem> readItem(JsonNode item, Map<String, CatalogEntry> bySku)
            throws InvalidAnswerException {
        String sku = text(item.get("sku"), "items[].sku").strip();
        String unit = text(item.get("unit"), "items[].unit").strip();
        JsonNode quantityNode = item.get("quantity");
        if (quantityNode == null || !quantityNode.isNumber()) {
            throw new InvalidAnswerException("items[].quantity is not a number");
        }
        CatalogEntry entry = bySku.get(sku);
        BigDecimal quantity = quantityNode.decimalValue().stripTrailingZeros();
        boolean valid = entry != null
                && entry.unit().toLowerCase(Locale.ROOT).equals(unit.toLowerCase(Locale.ROOT))
                && quantity.signum() > 0
                && quantity.scale() <= MAX_DECIMALS;
        return valid
                ? Optional.of(new ParsedItem(entry.sku(), quantity, entry.unit(), itemText(item)))
                : Optional.empty();
    }

    private static String itemText(JsonNode item) {
        JsonNode text = item.get("text");
        if (text != null && text.isTextual() && !text.asText().isBlank()) {
            return text.asText().strip();
        }
        return String.join(" ", item.path("quantity").asText(""), item.path("unit").asText(""),
                item.path("sku").asText("")).strip();
    }

    private static JsonNode parse(String answer) throws InvalidAnswerException {
        if (answer == null || answer.isBlank()) {
            throw new InvalidAnswerException("the answer is empty");
        }
        try {
            JsonNode root = JSON.readTree(answer);
            if (root == null || !root.isObject()) {
                throw new InvalidAnswerException("the answer is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InvalidAnswerException("the answer is not JSON: " + e.getOriginalMessage());
        }
    }

    private static Intent intent(JsonNode node) throws InvalidAnswerException {
        String value = text(node, "intent");
        try {
            return Intent.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidAnswerException("unknown intent: " + value);
        }
    }

    private static JsonNode array(JsonNode node, String field) throws InvalidAnswerException {
        if (node == null || !node.isArray()) {
            throw new InvalidAnswerException(field + " is not an array");
        }
        return node;
    }

    private static String text(JsonNode node, String field) throws InvalidAnswerException {
        if (node == null || !node.isTextual()) {
            throw new InvalidAnswerException(field + " is not a string");
        }
        return node.asText();
    }
}
