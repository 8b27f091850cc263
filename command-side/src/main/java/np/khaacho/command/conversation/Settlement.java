package np.khaacho.command.conversation;

import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.command.whatsapp.Reading;

import java.util.function.Supplier;

/**
 * What a message came to, as a handler leaves it for the {@link InboundWorkers} to record: its outcome,
 * the answer to send (null: none, say when the outcome announces itself), and what the message was
 * read as (null: it was not read). The workers record the outcome and send the answer in one
 * transaction. Placing orders must commit in that same transaction (apart, a crash between them would
 * leave the message to be read again with its drafts gone, and the buyer told there was nothing to
 * confirm), so a handler may leave that last step in place of the outcome: see {@link #committedWith}.
 */
record Settlement(Supplier<Outcome> outcome, Reply reply, Reading reading) {

    static Settlement answered(Outcome outcome, Reply reply) {
        return new Settlement(() -> outcome, reply, null);
    }

    static Settlement unanswered(Outcome outcome) {
        return new Settlement(() -> outcome, null, null);
    }

    /** The step runs in the transaction that records its outcome. */
    static Settlement committedWith(Supplier<Outcome> step) {
        return new Settlement(step, null, null);
    }

    Settlement readAs(Reading reading) {
        return new Settlement(outcome, reply, reading);
    }
}
