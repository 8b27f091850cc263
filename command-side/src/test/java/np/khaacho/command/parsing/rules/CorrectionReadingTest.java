package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.Correction;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.Vocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections cut into the buyer's words, what was wrong and what is right; which line a phrase names; the
 * right part counted as the line was; and a buyer's own words read before the catalog's.
 */
class CorrectionReadingTest {

    private final RuleOrderParser parser = new RuleOrderParser(DemoCatalog.entries());

    @Test
    void aCorrectionIsCutIntoTheBuyersWordsWhatWasWrongAndWhatIsRight() {
        assertThat(parser.correctionIn("chini bhaneko khanepani chini hoina, 1 kg ko packet"))
                .isEqualTo(new Correction("chini", "khanepani chini", "1 kg packet"));
        assertThat(parser.correctionIn("sorry, I meant wai wai not rara")).isEqualTo(new Correction("", "rara", "wai wai"));
        assertThat(parser.correctionIn("by tea I meant tokla 500 g")).isEqualTo(new Correction("tea", "", "tokla 500 g"));
        assertThat(parser.correctionIn("बासमती होइन, मन्सुली चामल")).isEqualTo(new Correction("", "बासमती", "मन्सुली चामल"));
        assertThat(parser.correctionIn("not now, thanks")).isNull();
        assertThat(parser.correctionIn("hoina")).isNull();
        ParseResult read = parser.parse("rara hoina wai wai");
        assertThat(read.intent()).isEqualTo(Intent.CORRECT);
        assertThat(read.items()).isEmpty();
        assertThat(read.correction()).isEqualTo(new Correction("", "rara", "wai wai"));
        assertThat(read.language()).as("a correction in romanized Nepali is answered in Nepali").isEqualTo("ne");
        assertThat(parser.parse("chamal bhaneko jeera masino").language()).isEqualTo("ne");
        assertThat(parser.parse("sorry, I meant wai wai not rara").language()).isEqualTo("en");
        assertThat(parser.parse("hoina, yo order cancel garnus").intent()).isEqualTo(Intent.CANCEL);
    }

    @Test
    void aPhraseNamesALineByItsWordsOrItsProductsWordsAndSizes() {
        assertThat(parser.names("basmati", "chamal 2", "RICE-BASMATI-5KG")).isTrue();
        assertThat(parser.names("mansuli", "chamal 2", "RICE-BASMATI-5KG")).isFalse();
        assertThat(parser.names("500 gm", "tokla 3", "TEA-TOKLA-500G")).isTrue();
        assertThat(parser.names("1 kg", "tokla 3", "TEA-TOKLA-500G")).isFalse();
        assertThat(parser.names("chamal", "chamal 2 bora", null)).isTrue();
        assertThat(parser.names("thanks", "chamal 2 bora", null)).isFalse();
    }

    @Test
    void theRightPartIsCountedAsTheLineWasUnlessItCountsItself() {
        assertThat(parser.meant("500 gm wala", "tokla 1 kg 3").map(CorrectionReadingTest::line))
                .contains("TEA-TOKLA-500G 3 packet");
        assertThat(parser.meant("wai wai", "rara 2 carton").map(CorrectionReadingTest::line))
                .contains("NOODLE-WAIWAI-CTN 2 carton");
        assertThat(parser.meant("wai wai 5 carton", "rara 2 carton").map(CorrectionReadingTest::line))
                .contains("NOODLE-WAIWAI-CTN 5 carton");
        assertThat(parser.meant("something else", "rara 2 carton")).isEmpty();
        assertThat(parser.productWords("rara 2 carton")).isEqualTo("rara");
    }

    @Test
    void aBuyersOwnWordsAreReadFirstWhereTheQuantityFits() {
        Vocabulary mine = new Vocabulary(List.of(new Vocabulary.Alias("rara", "NOODLE-WAIWAI-CTN"),
                new Vocabulary.Alias("tokla", "TEA-TOKLA-500G")));
        assertThat(parser.parse("rara 2 carton", mine).items()).extracting(CorrectionReadingTest::line)
                .containsExactly("NOODLE-WAIWAI-CTN 2 carton");
        assertThat(parser.parse("rara 2 carton").items()).extracting(CorrectionReadingTest::line)
                .containsExactly("NOODLE-RARA-CTN 2 carton");
        assertThat(parser.parse("rara mayos 2 carton", mine).items()).extracting(CorrectionReadingTest::line)
                .doesNotContain("NOODLE-WAIWAI-CTN 2 carton");
        // the alias is a 500 g packet: a kilo asked by size is the catalog's 1 kg packet
        assertThat(parser.parse("tokla 1 kg ko 3 packet", mine).items()).extracting(CorrectionReadingTest::line)
                .containsExactly("TEA-TOKLA-1KG 3 packet");
        assertThat(parser.parse("tokla 4", mine).items()).extracting(CorrectionReadingTest::line)
                .containsExactly("TEA-TOKLA-500G 4 packet");
    }

    private static String line(ParsedItem item) {
        return item.sku() + " " + item.quantity().toPlainString() + " " + item.unit();
    }
}
