package np.khaacho.command.parsing;

/** What a buyer's message asks for. */
public enum Intent {
    /** Goods to buy: the message lists items. */
    ORDER,
    /** Yes to the order summary the buyer was sent. */
    CONFIRM,
    /** Cancel the buyer's latest order. */
    CANCEL,
    /** Where is my order? */
    STATUS,
    /** What do I owe, when is it due, what did I pay: the khata. */
    BALANCE,
    /** The same as my last order (or the one I reply to) again: "pahila jastai", "same as last week". */
    REORDER,
    /** A correction of the goods of the summary: "chini bhaneko 1 kg ko packet", "rara hoina wai wai". */
    CORRECT,
    /** No more suggestions to buy again: "stop". */
    STOP_SUGGESTIONS,
    /** Greetings, thanks, price questions, anything else. */
    OTHER
}
