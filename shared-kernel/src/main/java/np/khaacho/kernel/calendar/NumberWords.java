package np.khaacho.kernel.calendar;

/** Whole numbers in words, grouped the South Asian way: crore, lakh, thousand, hundred. */
final class NumberWords {

    private static final long CRORE = 1_00_00_000L;
    private static final long LAKH = 1_00_000L;
    private static final long THOUSAND = 1_000L;

    private static final String[] EN_UNITS = {
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"
    };
    private static final String[] EN_TENS = {
        "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"
    };

    /** Nepali names of 0 to 99: above twenty they are words of their own, not tens and units put together. */
    private static final String[] NE_0_TO_99 = {
        "शून्य", "एक", "दुई", "तीन", "चार", "पाँच", "छ", "सात", "आठ", "नौ",
        "दस", "एघार", "बाह्र", "तेह्र", "चौध", "पन्ध्र", "सोह्र", "सत्र", "अठार", "उन्नाइस",
        "बीस", "एक्काइस", "बाइस", "तेइस", "चौबीस", "पच्चीस", "छब्बीस", "सत्ताइस", "अठ्ठाइस", "उनन्तीस",
        "तीस", "एकतीस", "बत्तीस", "तेत्तीस", "चौँतीस", "पैँतीस", "छत्तीस", "सैँतीस", "अठतीस", "उनन्चालीस",
        "चालीस", "एकचालीस", "बयालीस", "त्रिचालीस", "चवालीस", "पैँतालीस", "छयालीस", "सतचालीस", "अठचालीस", "उनन्चास",
        "पचास", "एकाउन्न", "बाउन्न", "त्रिपन्न", "चउन्न", "पचपन्न", "छपन्न", "सन्ताउन्न", "अन्ठाउन्न", "उनन्साठी",
        "साठी", "एकसट्ठी", "बयसट्ठी", "त्रिसट्ठी", "चौँसट्ठी", "पैँसट्ठी", "छयसट्ठी", "सतसट्ठी", "अठसट्ठी", "उनन्सत्तरी",
        "सत्तरी", "एकहत्तर", "बहत्तर", "त्रिहत्तर", "चौहत्तर", "पचहत्तर", "छयहत्तर", "सतहत्तर", "अठहत्तर", "उनासी",
        "असी", "एकासी", "बयासी", "त्रियासी", "चौरासी", "पचासी", "छयासी", "सतासी", "अठासी", "उनान्नब्बे",
        "नब्बे", "एकानब्बे", "बयानब्बे", "त्रियानब्बे", "चौरानब्बे", "पन्चानब्बे", "छयानब्बे", "सन्तानब्बे", "अन्ठानब्बे", "उनान्सय"
    };

    private NumberWords() {
    }

    static String of(long n, Language language) {
        if (n < 0) {
            throw new IllegalArgumentException("no words for a negative number: " + n);
        }
        return n == 0 ? below100(0, language) : grouped(n, language);
    }

    static String below100(int n, Language language) {
        if (language == Language.NE) {
            return NE_0_TO_99[n];
        }
        if (n < 20) {
            return EN_UNITS[n];
        }
        return EN_TENS[n / 10] + (n % 10 == 0 ? "" : "-" + EN_UNITS[n % 10]);
    }

    private static String grouped(long n, Language language) {
        StringBuilder out = new StringBuilder();
        if (n >= CRORE) {
            append(out, grouped(n / CRORE, language), language == Language.NE ? "करोड" : "Crore");
            n %= CRORE;
        }
        n = part(out, n, LAKH, language == Language.NE ? "लाख" : "Lakh", language);
        n = part(out, n, THOUSAND, language == Language.NE ? "हजार" : "Thousand", language);
        n = part(out, n, 100, language == Language.NE ? "सय" : "Hundred", language);
        if (n > 0) {
            append(out, below100((int) n, language), null);
        }
        return out.toString();
    }

    private static long part(StringBuilder out, long n, long unit, String name, Language language) {
        if (n >= unit) {
            append(out, below100((int) (n / unit), language), name);
        }
        return n % unit;
    }

    private static void append(StringBuilder out, String count, String name) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(count);
        if (name != null) {
            out.append(' ').append(name);
        }
    }
}
