package np.khaacho.command.conversation;

import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.whatsapp.InboundMessage;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.party.BuyerId;

/**
 * A buyer's message as an {@link IntentHandler} gets it: the message, the buyer acting through it,
 * what it was read as, and the replies in the language the buyer wrote in.
 */
record Turn(InboundMessage message, Actor buyer, ParseResult result, Replies replies) {

    BuyerId buyerId() {
        return BuyerId.of(buyer.userId());
    }

    /** The outcome, with this answer to the buyer. */
    Settlement answer(String body, Outcome outcome) {
        return Settlement.answered(outcome, new Reply(buyer.userId(), body));
    }
}
