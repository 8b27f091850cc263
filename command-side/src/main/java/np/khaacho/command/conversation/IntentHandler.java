package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;

/** Acts on a buyer's message of one {@link Intent} and says what came of it; the {@link Conversation} holds one per intent. */
interface IntentHandler {

    Intent intent();

    Settlement handle(Turn turn);
}
