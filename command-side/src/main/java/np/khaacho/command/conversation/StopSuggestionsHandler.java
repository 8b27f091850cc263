package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.demand.SuggestionsStopped;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

/** "Stop": the buyer wants no more suggestions to buy again; said once, it holds until it orders otherwise. */
@Component
class StopSuggestionsHandler implements IntentHandler {

    private final EventGateway events;

    StopSuggestionsHandler(EventGateway events) {
        this.events = events;
    }

    @Override
    public Intent intent() {
        return Intent.STOP_SUGGESTIONS;
    }

    @Override
    public Settlement handle(Turn turn) {
        events.publish(new SuggestionsStopped(turn.buyerId()));
        return turn.answer(turn.replies().suggestionsStopped(), Outcome.of("SUGGESTIONS_STOPPED"));
    }
}
