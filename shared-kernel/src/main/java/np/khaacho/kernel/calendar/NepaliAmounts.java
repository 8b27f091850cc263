package np.khaacho.kernel.calendar;

import np.khaacho.kernel.common.Money;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Amounts of money written the Nepali way: lakh and crore grouping, the rupee sign, Devanagari digits, words. */
public final class NepaliAmounts {

    public static final String RUPEE_SIGN_EN = "Rs";
    public static final String RUPEE_SIGN_NE = "रु";

    private NepaliAmounts() {
    }

    /** 1,23,45,67,890.00: the last three digits, then groups of two; always two decimals. */
    public static String grouped(Money money) {
        BigDecimal amount = money.amount();
        String digits = amount.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = digits.substring(0, point);
        int head = Math.max(0, whole.length() - 3);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < head; i++) {
            if (i > 0 && (head - i) % 2 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        if (head > 0) {
            out.append(',');
        }
        out.append(whole, head, whole.length());
        out.append(digits, point, digits.length());
        return (amount.signum() < 0 ? "-" : "") + out;
    }

    /** EN "Rs 1,23,456.50", NE "रु १,२३,४५६.५०". */
    public static String rupees(Money money, Language language) {
        return language == Language.NE
                ? RUPEE_SIGN_NE + " " + devanagariDigits(grouped(money))
                : RUPEE_SIGN_EN + " " + grouped(money);
    }

    /** "रु 1,23,456.50": the Nepali sign with Latin digits. */
    public static String rupeesLatinDigits(Money money) {
        return RUPEE_SIGN_NE + " " + grouped(money);
    }

    /**
     * EN "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Paisa Fifty Only",
     * NE "एक लाख तेइस हजार चार सय छपन्न रुपैयाँ पचास पैसा मात्र"; paisa only when there are some.
     */
    public static String inWords(Money money, Language language) {
        if (money.isNegative()) {
            throw new IllegalArgumentException("an amount is written in words only when it is not negative: " + money);
        }
        BigInteger[] rupeesAndPaisa = money.amount().movePointRight(2).toBigIntegerExact()
                .divideAndRemainder(BigInteger.valueOf(100));
        long rupees;
        try {
            rupees = rupeesAndPaisa[0].longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too large an amount to write in words: " + money, e);
        }
        int paisa = rupeesAndPaisa[1].intValue();
        String rupeeWords = NumberWords.of(rupees, language);
        if (language == Language.NE) {
            return rupeeWords + " रुपैयाँ" + (paisa > 0 ? " " + NumberWords.below100(paisa, language) + " पैसा" : "")
                    + " मात्र";
        }
        return "Rupees " + rupeeWords + (paisa > 0 ? " and Paisa " + NumberWords.below100(paisa, language) : "")
                + " Only";
    }

    /** 0-9 become ०-९; everything else is kept. */
    public static String devanagariDigits(String text) {
        return Devanagari.digits(text);
    }
}
