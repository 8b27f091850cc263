package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.whatsapp.Outcome;
import org.springframework.stereotype.Component;

/** Greetings, thanks, questions: anything else is answered with how to order. */
@Component
class HelpHandler implements IntentHandler {

    @Override
    public Intent intent() {
        return Intent.OTHER;
    }

    @Override
    public Settlement handle(Turn turn) {
        return turn.answer(turn.replies().help(), Outcome.of("HELP_SENT"));
    }
}
