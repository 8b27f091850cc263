package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.query.OrderHeadline;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** "Where is my order?": the buyer's latest orders (drafts and discarded ones left out) with their state. */
@Component
class StatusHandler implements IntentHandler {

    private static final int SHOWN = 5;

    private final RecentOrders recent;

    StatusHandler(RecentOrders recent) {
        this.recent = recent;
    }

    @Override
    public Intent intent() {
        return Intent.STATUS;
    }

    @Override
    public Settlement handle(Turn turn) {
        List<OrderHeadline> shown = recent.of(turn.buyerId()).stream()
                .filter(o -> o.status() != OrderStatus.DRAFTED && o.status() != OrderStatus.DISCARDED)
                .limit(SHOWN).toList();
        return turn.answer(turn.replies().status(shown),
                Outcome.of("STATUS_SENT", Map.of("orders", shown.stream().map(OrderHeadline::orderNumber).toList())));
    }
}
