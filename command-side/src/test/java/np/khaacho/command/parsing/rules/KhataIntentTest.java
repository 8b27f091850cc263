package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.Intent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer asking for the khata (what is owed, when it is due, what was paid), in English, romanized
 * Nepali and Devanagari, told apart from orders, price questions, order status, cancellations and yeses.
 * These messages were written before the rules that read them, and kept as they were.
 */
class KhataIntentTest {

    private final RuleOrderParser parser = new RuleOrderParser(DemoCatalog.entries());

    private static final Map<String, Intent> MESSAGES = new LinkedHashMap<>();

    static {
        for (String khata : List.of("hisab", "hisab pathaunus", "mero hisab kati bhayo", "balance",
                "what is my balance?", "kati tirna baki cha", "kati baki cha", "statement", "send me my statement",
                "हिसाब", "मेरो हिसाब पठाउनुस्", "कति तिर्न बाँकी छ", "how much do I owe", "khata", "baki kati cha?",
                "udharo kati bhayo", "ledger please", "बाँकी कति छ?", "payment due kahile ho", "mero due kati cha",
                "Hisab kitab pathaidinus dai", "outstanding amount?", "maile kati tirnu parcha", "खाता हेर्न मिल्छ?")) {
            MESSAGES.put(khata, Intent.BALANCE);
        }
        MESSAGES.put("5 bora chamal pathaunus", Intent.ORDER);
        MESSAGES.put("chamal ko rate kati ho", Intent.OTHER);
        MESSAGES.put("mero order kahile aaucha", Intent.STATUS);
        MESSAGES.put("cancel", Intent.CANCEL);
        MESSAGES.put("ho", Intent.CONFIRM);
        MESSAGES.put("2 kg dal ra 1 tin tel", Intent.ORDER);
        MESSAGES.put("chini ko bhau kati cha?", Intent.OTHER);
        MESSAGES.put("order aayena ajhai", Intent.STATUS);
    }

    @Test
    void readsTheKhataQuestionAndNothingElseAsIt() {
        List<String> wrong = new ArrayList<>();
        MESSAGES.forEach((text, expected) -> {
            Intent read = parser.parse(text).intent();
            if (read != expected) {
                wrong.add(text + ": " + read + ", not " + expected);
            }
        });
        System.out.printf("khata intents: %d of %d read right%n", MESSAGES.size() - wrong.size(), MESSAGES.size());
        assertThat(wrong).isEmpty();
    }
}
