package np.khaacho.command.conversation;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.calendar.Devanagari;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BS month a buyer asks a statement of, in English, romanized Nepali or Devanagari: a month's name
 * ("kartik ko", "असोजको", with a year or without, then the latest such month up to this one), "last
 * month" ("pichhlo mahina", "गत महिना"), "this month", or "2 mahina agadi". None when the message names no
 * month: then the buyer asked for the khata as it stands.
 */
final class StatementMonths {

    private static final String BEFORE = "(?<![\\p{L}\\p{M}])";
    private static final String AFTER = "(?:ko|ma|को|मा)?(?![\\p{L}\\p{M}])";

    /** Each month's spellings, Baisakh first. */
    private static final List<String> NAMES = List.of(
            "baisakh|baishakh|baisak|vaisakh|vaishakh|बैशाख|वैशाख|बैसाख",
            "jestha|jeshtha|jeth|जेठ|जेष्ठ",
            "asar|ashar|asadh|ashadh|aasar|असार|असाढ|आषाढ",
            "shrawan|shravan|srawan|sawan|saun|साउन|श्रावण",
            "bhadra|bhadau|bhado|भदौ|भाद्र",
            "asoj|ashoj|ashwin|aswin|असोज|आश्विन",
            "kartik|kattik|karthik|कार्तिक|कात्तिक",
            "mangsir|mansir|mangshir|मंसिर|मङ्सिर|मार्ग",
            "poush|paush|push|pus|पुस|पौष",
            "magh|माघ",
            "falgun|phalgun|fagun|phagun|फागुन|फाल्गुन",
            "chaitra|chait|चैत्र|चैत");
    private static final List<Pattern> MONTHS = NAMES.stream()
            .map(names -> Pattern.compile(BEFORE + "(?:" + names + ")" + AFTER)).toList();
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-9]{2})(?!\\d)");
    private static final Pattern LAST = Pattern.compile(BEFORE + "(?:last|previous|prev|pichhlo|pichhilo|pichlo|pachhillo"
            + "|pachhilo|gaeko|gayeko|gako|agillo|aghillo|गत|अघिल्लो|गएको|पछिल्लो|अगिल्लो)\\s+(?:mahina|month|महिना)");
    private static final Pattern THIS = Pattern.compile(BEFORE + "(?:this|current|yo|yas|chalu|यो|यस|चालु)\\s+(?:mahina|month|महिना)");
    private static final Pattern AGO = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:mahina|months?|महिना)\\s*"
            + "(?:agadi|aghi|agi|pahile|pahila|ago|before|अगाडि|अघि|पहिले)");

    private StatementMonths() {
    }

    static Optional<BsYearMonth> in(String text, BsDate today) {
        String folded = Devanagari.latinDigits(text).toLowerCase(Locale.ROOT);
        BsYearMonth current = BsYearMonth.of(today);
        Matcher ago = AGO.matcher(folded);
        if (ago.find()) {
            return Optional.of(current.minusMonths(Integer.parseInt(ago.group(1))));
        }
        if (LAST.matcher(folded).find()) {
            return Optional.of(current.previous());
        }
        for (int month = 1; month <= 12; month++) {
            if (MONTHS.get(month - 1).matcher(folded).find()) {
                Matcher year = YEAR.matcher(folded);
                if (year.find()) {
                    return Optional.of(new BsYearMonth(Integer.parseInt(year.group(1)), month));
                }
                BsYearMonth named = new BsYearMonth(current.year(), month);
                return Optional.of(named.compareTo(current) > 0 ? new BsYearMonth(current.year() - 1, month) : named);
            }
        }
        if (THIS.matcher(folded).find()) {
            return Optional.of(current);
        }
        return Optional.empty();
    }
}
