package np.khaacho.command.parsing.rules;

/**
 * Folds the spelling variants of one word to one key, so "cheeni", "chini" and "chinni" meet, and so
 * do "चीनी" and "चिनी": buyers transliterate Nepali freely and type Devanagari with or without the
 * long vowels, nasal marks and half letters.
 */
final class Fold {

    private Fold() {
    }

    /** Turns Devanagari digits (०-९) into ASCII digits, keeping every other character in place. */
    static String asciiDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0966' && c <= '\u096F') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + (c - '\u0966'));
            }
        }
        return chars == null ? text : new String(chars);
    }

    static boolean devanagari(char c) {
        return c >= '\u0900' && c <= '\u097F';
    }

    /** The key of a lower-case word in either script. */
    static String key(String word) {
        if (!word.isEmpty() && devanagari(word.charAt(0))) {
            return devanagariKey(word);
        }
        return latinKey(word);
    }

    private static String latinKey(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                continue;
            }
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            char previous = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
            switch (c) {
                case 'c' -> {
                    if (next == 'h') {
                        out.append("ch");
                        i++;
                    } else {
                        out.append('k');
                    }
                }
                case 'h' -> {
                    // aspirates are written or dropped at will: kh, gh, th, dh, bh, ph, jh, and sh within a word
                    boolean aspirate = "kgtdbpjh".indexOf(previous) >= 0 || (previous == 's' && i + 1 < word.length());
                    if (!aspirate) {
                        out.append('h');
                    }
                }
                case 'y' -> {
                    // "chiya" and "chia", "piyaj" and "piaj": a y between i and a vowel is written or not
                    boolean glide = previous == 'i' && "aeou".indexOf(next) >= 0;
                    if (!glide) {
                        out.append('y');
                    }
                }
                case 'w' -> out.append('v');
                case 'z' -> out.append('j');
                case 'q' -> out.append('k');
                case 'x' -> out.append("ks");
                default -> out.append(c);
            }
        }
        return collapse(vowels(out));
    }

    private static StringBuilder vowels(StringBuilder s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if (c == 'e' && next == 'e') {
                s.replace(i, i + 2, "i");
            } else if (c == 'o' && next == 'o') {
                s.replace(i, i + 2, "u");
            }
        }
        return s;
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String devanagariKey(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\u0901', '\u0902', '\u093C', '\u094D', '\u200C', '\u200D' -> {
                    // chandrabindu, anusvara, nukta, virama, joiners: written inconsistently
                }
                case '\u0940' -> out.append('\u093F'); // ी -> ि
                case '\u0942' -> out.append('\u0941'); // ू -> ु
                case '\u0908' -> out.append('\u0907'); // ई -> इ
                case '\u090A' -> out.append('\u0909'); // ऊ -> उ
                case '\u0936', '\u0937' -> out.append('\u0938'); // श ष -> स
                case '\u0935' -> out.append('\u092C'); // व -> ब
                case '\u0923', '\u0919', '\u091E' -> out.append('\u0928'); // ण ङ ञ -> न
                case '\u0958' -> out.append('\u0915');
                case '\u0959' -> out.append('\u0916');
                case '\u095A' -> out.append('\u0917');
                case '\u095B' -> out.append('\u091C');
                case '\u095C' -> out.append('\u0921');
                case '\u095D' -> out.append('\u0922');
                case '\u095E' -> out.append('\u092B');
                case '\u095F' -> out.append('\u092F');
                default -> out.append(c);
            }
        }
        return collapse(out);
    }
}
