package np.khaacho.kernel.calendar;

import np.khaacho.kernel.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NepaliAmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0          | 0.00",
        "5          | 5.00",
        "99         | 99.00",
        "100        | 100.00",
        "1000       | 1,000.00",
        "99999      | 99,999.00",
        "100000     | 1,00,000.00",
        "123456.5   | 1,23,456.50",
        "10000000   | 1,00,00,000.00",
        "1234567890 | 1,23,45,67,890.00",
        "1234567890.05 | 1,23,45,67,890.05",
        "-1234      | -1,234.00",
        "-0.5       | -0.50",
    })
    void groupedInLakhsAndCrores(String amount, String grouped) {
        assertThat(NepaliAmounts.grouped(Money.of(amount))).isEqualTo(grouped);
    }

    @Test
    void withTheRupeeSign() {
        Money amount = Money.of("123456.50");
        assertThat(NepaliAmounts.rupees(amount, Language.EN)).isEqualTo("Rs 1,23,456.50");
        assertThat(NepaliAmounts.rupees(amount, Language.NE)).isEqualTo("रु १,२३,४५६.५०");
        assertThat(NepaliAmounts.rupeesLatinDigits(amount)).isEqualTo("रु 1,23,456.50");
        assertThat(NepaliAmounts.rupees(Money.of(-1234), Language.EN)).isEqualTo("Rs -1,234.00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0             | Rupees Zero Only",
        "5             | Rupees Five Only",
        "99            | Rupees Ninety-Nine Only",
        "100           | Rupees One Hundred Only",
        "1000          | Rupees One Thousand Only",
        "99999         | Rupees Ninety-Nine Thousand Nine Hundred Ninety-Nine Only",
        "100000        | Rupees One Lakh Only",
        "123456.50     | Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Paisa Fifty Only",
        "10000000      | Rupees One Crore Only",
        "1234567890.05 | Rupees One Hundred Twenty-Three Crore Forty-Five Lakh Sixty-Seven Thousand Eight Hundred Ninety and Paisa Five Only",
        "0.99          | Rupees Zero and Paisa Ninety-Nine Only",
        "2010015       | Rupees Twenty Lakh Ten Thousand Fifteen Only",
        "1000000000000 | Rupees One Lakh Crore Only",
    })
    void inEnglishWords(String amount, String words) {
        assertThat(NepaliAmounts.inWords(Money.of(amount), Language.EN)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0             | शून्य रुपैयाँ मात्र",
        "5             | पाँच रुपैयाँ मात्र",
        "99            | उनान्सय रुपैयाँ मात्र",
        "100           | एक सय रुपैयाँ मात्र",
        "1000          | एक हजार रुपैयाँ मात्र",
        "99999         | उनान्सय हजार नौ सय उनान्सय रुपैयाँ मात्र",
        "100000        | एक लाख रुपैयाँ मात्र",
        "123456.50     | एक लाख तेइस हजार चार सय छपन्न रुपैयाँ पचास पैसा मात्र",
        "10000000      | एक करोड रुपैयाँ मात्र",
        "1234567890.05 | एक सय तेइस करोड पैँतालीस लाख सतसट्ठी हजार आठ सय नब्बे रुपैयाँ पाँच पैसा मात्र",
        "2010015       | बीस लाख दस हजार पन्ध्र रुपैयाँ मात्र",
    })
    void inNepaliWords(String amount, String words) {
        assertThat(NepaliAmounts.inWords(Money.of(amount), Language.NE)).isEqualTo(words);
    }

    @Test
    void negativeAmountsAreNotWrittenInWords() {
        assertThatThrownBy(() -> NepaliAmounts.inWords(Money.of(-5), Language.EN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNepaliNumbersBelowAHundredAreEachTheirOwnWord() {
        Set<String> words = new HashSet<>();
        IntStream.range(0, 100).forEach(n -> words.add(NumberWords.below100(n, Language.NE)));
        assertThat(words).hasSize(100).noneMatch(String::isBlank).allMatch(w -> w.codePoints()
                .allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.DEVANAGARI));
        for (int n = 19; n < 100; n += 10) {
            assertThat(NumberWords.below100(n, Language.NE)).as("%d is one short of the next ten", n).startsWith("उन");
        }
        assertThat(IntStream.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20, 21, 23, 25, 30, 40, 50, 56, 60, 70, 80, 90, 99)
                .mapToObj(n -> NumberWords.below100(n, Language.NE))).containsExactly(
                "एक", "दुई", "तीन", "चार", "पाँच", "छ", "सात", "आठ", "नौ", "दस", "एघार", "बाह्र", "उन्नाइस", "बीस",
                "एक्काइस", "तेइस", "पच्चीस", "तीस", "चालीस", "पचास", "छपन्न", "साठी", "सत्तरी", "असी", "नब्बे", "उनान्सय");
    }

    @Test
    void englishNumbersBelowAHundred() {
        assertThat(IntStream.of(0, 13, 20, 21, 45, 70, 99).mapToObj(n -> NumberWords.below100(n, Language.EN)))
                .containsExactly("Zero", "Thirteen", "Twenty", "Twenty-One", "Forty-Five", "Seventy", "Ninety-Nine");
    }

    @Test
    void devanagariDigits() {
        assertThat(NepaliAmounts.devanagariDigits("0123456789")).isEqualTo("०१२३४५६७८९");
        assertThat(NepaliAmounts.devanagariDigits("Rs 1,234.50")).isEqualTo("Rs १,२३४.५०");
    }
}
