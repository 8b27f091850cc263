package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.Intent;

/**
 * What a message wants. A cancellation wins, then a correction of goods ("rara hoina wai wai"); a message without goods that asks for the same order again
 * is that, one that asks where its order got to is a status question, one that asks for the khata (what
 * is owed) is that; goods make an order unless the message only asks their price; then a question about
 * an order, a price question, a yes; anything else is other.
 */
final class IntentRules {

    private static final int SHORT_REPLY_WORDS = 4;

    private IntentRules() {
    }

    /**
     * @param text         the message
     * @param keys         its words' keys, space separated and padded with spaces
     * @param noGoods      no item was read, resolved or not
     * @param namedGoods   products were named without a quantity
     * @param correction   the message corrects goods ({@link Corrections})
     */
    static Intent intent(String text, String keys, boolean noGoods, boolean namedGoods, boolean correction) {
        int words = keys.isBlank() ? 0 : keys.strip().split(" ").length;
        boolean cancel = IntentWords.any(keys, IntentWords.CANCEL);
        if (correction && !cancel) {
            return Intent.CORRECT;
        }
        if (cancel || (noGoods && IntentWords.any(keys, IntentWords.CANCEL_WITHOUT_GOODS))) {
            return Intent.CANCEL;
        }
        if (noGoods && words <= SHORT_REPLY_WORDS && IntentWords.any(keys, IntentWords.STOP_SUGGESTIONS)) {
            // "no more suggestions": the "no" is of the suggestions, not of an order
            return Intent.STOP_SUGGESTIONS;
        }
        if (words <= SHORT_REPLY_WORDS && IntentWords.any(keys, IntentWords.REFUSE)) {
            return Intent.CANCEL;
        }
        if (noGoods && IntentWords.any(keys, IntentWords.REORDER)) {
            return Intent.REORDER;
        }
        if (noGoods && IntentWords.any(keys, IntentWords.STATUS_MOVING)) {
            // "order kata pugyo": where it got to, not the khata ("kata" and "khata" fold alike)
            return Intent.STATUS;
        }
        if (noGoods && IntentWords.any(keys, IntentWords.KHATA)) {
            return Intent.BALANCE;
        }
        boolean orderVerb = IntentWords.any(keys, IntentWords.ORDER_VERBS);
        if (!orderVerb && IntentWords.any(keys, IntentWords.STATUS_STRONG)) {
            return Intent.STATUS;
        }
        boolean inquiry = IntentWords.any(keys, IntentWords.INQUIRY);
        if (!noGoods && (!inquiry || orderVerb)) {
            return Intent.ORDER;
        }
        if (IntentWords.any(keys, IntentWords.STATUS)) {
            return Intent.STATUS;
        }
        if (inquiry) {
            // "rate list pathaunus": asking to be sent prices is not a yes
            return Intent.OTHER;
        }
        if (namedGoods && orderVerb) {
            return Intent.ORDER;
        }
        if (IntentWords.any(keys, IntentWords.CONFIRM) || text.contains("👍") || text.contains("✅")) {
            return Intent.CONFIRM;
        }
        return Intent.OTHER;
    }
}
