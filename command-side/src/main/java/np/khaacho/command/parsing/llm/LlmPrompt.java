package np.khaacho.command.parsing.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.Intent;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The request to the LLM: instructions, the candidate catalog lines, the message, and the strict JSON schema of the answer. */
final class LlmPrompt {

    static final String SCHEMA_NAME = "khaacho_order_parse";

    private static final String INSTRUCTIONS = """
            You read WhatsApp messages that Nepali shopkeepers send to their wholesaler. Messages are in \
            English, romanized Nepali or Devanagari, often mixed, with Devanagari digits (०-९) and Nepali \
            number words (ek, dui, tin, pach, das / एक, दुई, तीन, पाँच, दस).
            Decide the intent: ORDER (the message lists goods to buy), CONFIRM (yes/ho/हो/ok to an order \
            summary), CANCEL (cancel the latest order), STATUS (where is my order), BALANCE (what do I owe: \
            hisab, khata, statement), REORDER (the same as my last order again: pahila jastai, same as last \
            time), STOP_SUGGESTIONS (no more suggestions to buy again: stop), OTHER (anything else).
            For an ORDER, match each requested item to exactly one catalog line below and give:
            - sku: the SKU exactly as written in the catalog;
            - quantity: a number greater than 0 with at most 3 decimals, in the product's own unit;
            - unit: the product's unit exactly as written in the catalog;
            - text: the words of the message the item was read from.
            Convert quantities into the product's unit using its pack size (50 kg of a product sold as a \
            25 kg bag is 2 bag; 1 dozen of a product sold by the piece is 12 piece; bora/बोरा means bag; \
            ctn means carton).
            If an item matches no catalog line, matches several equally well, or its quantity cannot be \
            converted, put the words of that item into "unresolved" instead. Never invent SKUs.
            language: "ne" if the buyer wrote Nepali (romanized or Devanagari), else "en".
            For intents other than ORDER, items is empty.
            Catalog (SKU | name | Nepali name | aliases | unit | pack size):
            """;

    private LlmPrompt() {
    }

    static ChatRequest request(List<CatalogEntry> candidates, String message) {
        return ChatRequest.builder()
                .messages(SystemMessage.from(INSTRUCTIONS + catalogLines(candidates)), UserMessage.from(message))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema()).build())
                .build();
    }

    static String catalogLines(List<CatalogEntry> candidates) {
        return candidates.stream().map(entry -> String.join(" | ", entry.sku(), blankIfNull(entry.name()),
                        blankIfNull(entry.nameNe()), String.join(", ", entry.aliases()), entry.unit(),
                        blankIfNull(entry.packSize())))
                .collect(Collectors.joining("\n"));
    }

    static JsonSchema schema() {
        JsonObjectSchema item = JsonObjectSchema.builder()
                .addStringProperty("sku")
                .addNumberProperty("quantity")
                .addStringProperty("unit")
                .addStringProperty("text")
                .required("sku", "quantity", "unit", "text")
                .additionalProperties(false)
                .build();
        JsonObjectSchema answer = JsonObjectSchema.builder()
                .addEnumProperty("intent", Arrays.stream(Intent.values()).map(Intent::name).toList())
                .addProperty("items", JsonArraySchema.builder().items(item).build())
                .addProperty("unresolved", JsonArraySchema.builder().items(new JsonStringSchema()).build())
                .addEnumProperty("language", List.of("en", "ne"))
                .required("intent", "items", "unresolved", "language")
                .additionalProperties(false)
                .build();
        return JsonSchema.builder().name(SCHEMA_NAME).rootElement(answer).build();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
