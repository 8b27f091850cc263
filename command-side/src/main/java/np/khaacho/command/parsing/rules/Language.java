package np.khaacho.command.parsing.rules;

import java.util.List;

/** The language to answer in: Nepali ("ne") for Devanagari or romanized Nepali, else English ("en"). */
final class Language {

    private Language() {
    }

    static String of(String text, List<List<Token>> segments) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Fold.devanagari(c) && Character.isLetter(c)) {
                return "ne";
            }
        }
        int nepali = 0;
        int english = 0;
        for (List<Token> segment : segments) {
            for (Token token : segment) {
                if (token.isWord()) {
                    if (IntentWords.NEPALI.contains(token.key())) {
                        nepali++;
                    } else if (IntentWords.ENGLISH.contains(token.key())) {
                        english++;
                    }
                }
            }
        }
        return nepali > 0 && nepali >= english ? "ne" : "en";
    }
}
