package np.khaacho.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.command.parsing.OrderParser;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.Vocabulary;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Past WhatsApp messages read again by the parser as it is now, against what they were read as when they
 * came ({@code whatsapp.inbound_messages.parse_result}): each message that would read otherwise is printed
 * (what it was, what it would be), then one summary line. Nothing is written: it shows what a new parser
 * would change before it goes live.
 */
final class ParseReplay {

    /** How many messages were read again, how many would read otherwise, and how. */
    record Changes(int messages, int changed, int intentChanged, int itemsChanged) {

        String summary() {
            return String.format(java.util.Locale.ROOT, "parse-eval --replay: n=%d changed=%d intent_changed=%d items_changed=%d",
                    messages, changed, intentChanged, itemsChanged);
        }
    }

    private ParseReplay() {
    }

    /**
     * The newest {@code limit} messages that were read (text or photo; a button tap reads nothing), oldest
     * first in the report.
     */
    static Changes run(OrderParser parser, Connection connection, int limit, PrintStream out)
            throws SQLException, IOException {
        int n = 0;
        int changed = 0;
        int intentChanged = 0;
        int itemsChanged = 0;
        Map<String, Vocabulary> vocabularies = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT message_sid, text, parse_result::text, user_id FROM (
                    SELECT message_sid, seq, CASE WHEN body <> '' THEN body ELSE ocr_text END AS text, parse_result,
                           user_id
                    FROM whatsapp.inbound_messages
                    WHERE parse_result IS NOT NULL AND button_payload IS NULL
                      AND (body <> '' OR coalesce(ocr_text, '') <> '')
                    ORDER BY seq DESC LIMIT ?) recent
                ORDER BY seq""")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    n++;
                    JsonNode was = ParseCommand.JSON.readTree(rows.getString(3));
                    ParseResult now = parser.parse(rows.getString(2), vocabularies.computeIfAbsent(
                            rows.getString(4) == null ? "" : rows.getString(4), buyer -> vocabulary(connection, buyer)));
                    String wasIntent = was.path("intent").asText();
                    List<String> wasItems = items(was);
                    List<String> nowItems = now.items().stream().map(ParseReplay::item).sorted().toList();
                    boolean intent = !wasIntent.equals(now.intent().name());
                    boolean items = !wasItems.equals(nowItems);
                    if (intent || items) {
                        changed++;
                        intentChanged += intent ? 1 : 0;
                        itemsChanged += items ? 1 : 0;
                        out.println("CHANGED " + rows.getString(1) + ": " + rows.getString(2).strip().replaceAll("\\s+", " "));
                        out.println("  was: " + wasIntent + " " + wasItems + " (" + was.path("engine").asText("?") + ")");
                        out.println("  now: " + now.intent().name() + " " + nowItems);
                    }
                }
            }
        }
        return new Changes(n, changed, intentChanged, itemsChanged);
    }

    /** The buyer's own words as they are now: a message is replayed as the live parser would read it from that buyer. */
    private static Vocabulary vocabulary(Connection connection, String buyerId) {
        List<Vocabulary.Alias> aliases = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT words, sku FROM write_model.buyer_aliases WHERE buyer_id = ? ORDER BY learned_at DESC, words""")) {
            query.setString(1, buyerId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    aliases.add(new Vocabulary.Alias(rows.getString(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the words of buyer " + buyerId + ": " + e.getMessage(), e);
        }
        return new Vocabulary(aliases);
    }

    private static List<String> items(JsonNode result) {
        TreeSet<String> items = new TreeSet<>();
        for (JsonNode item : result.path("items")) {
            items.add(item.path("sku").asText() + " " + new BigDecimal(item.path("quantity").asText("0"))
                    .stripTrailingZeros().toPlainString() + " " + item.path("unit").asText());
        }
        return new ArrayList<>(items);
    }

    private static String item(ParsedItem item) {
        return item.sku() + " " + item.quantity().stripTrailingZeros().toPlainString() + " " + item.unit();
    }
}
