package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.CatalogEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconTest {

    @Test
    void fillerWordsNeverSwallowCatalogWords() {
        List<String> swallowed = new ArrayList<>();
        for (CatalogEntry entry : DemoCatalog.entries()) {
            for (String alias : entry.aliases()) {
                for (String word : alias.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                    String key = Fold.key(word);
                    if (Lexicon.FILLER.contains(key) && !word.equals("ko") && !word.equals("को")) {
                        swallowed.add(word + " (" + entry.sku() + ")");
                    }
                }
            }
        }
        assertThat(swallowed).isEmpty();
    }
}
