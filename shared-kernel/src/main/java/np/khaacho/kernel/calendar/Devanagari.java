package np.khaacho.kernel.calendar;

/** Latin digits to Devanagari digits and back. */
public final class Devanagari {

    private static final char ZERO = '\u0966';

    private Devanagari() {
    }

    public static String digits(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    public static String latinDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= ZERO && c <= ZERO + 9 ? (char) ('0' + (c - ZERO)) : c);
        }
        return out.toString();
    }
}
