package np.khaacho.command.conversation;

import np.khaacho.command.draft.Drafts;
import np.khaacho.command.order.OrderDirectory;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.query.OrderHeadline;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Cancel" discards the buyer's drafts still waiting for a yes; with none, it cancels the latest
 * order the vendor has not confirmed yet (announced to the buyer by its own notification).
 */
@Component
class CancelHandler implements IntentHandler {

    private static final Set<OrderStatus> CANCELLABLE = Set.of(OrderStatus.PLACED, OrderStatus.AWAITING_VENDOR);

    private final Drafts drafts;
    private final OrderDirectory orders;
    private final RecentOrders recent;
    private final OrderCommands commands;

    CancelHandler(Drafts drafts, OrderDirectory orders, RecentOrders recent, OrderCommands commands) {
        this.drafts = drafts;
        this.orders = orders;
        this.recent = recent;
        this.commands = commands;
    }

    @Override
    public Intent intent() {
        return Intent.CANCEL;
    }

    @Override
    public Settlement handle(Turn turn) {
        List<OrderId> waiting = drafts.ofBuyer(turn.buyerId());
        if (!waiting.isEmpty()) {
            List<String> numbers = new ArrayList<>();
            for (OrderId draft : waiting) {
                commands.discard(draft, "cancelled by the buyer on WhatsApp", turn);
                orders.parties(draft).ifPresent(parties -> numbers.add(parties.orderNumber()));
            }
            return turn.answer(turn.replies().draftsCancelled(numbers), Outcome.of("DRAFTS_DISCARDED",
                    Map.of("orderIds", waiting.stream().map(OrderId::value).toList())));
        }
        List<OrderHeadline> latest = recent.of(turn.buyerId());
        Optional<OrderHeadline> cancellable = latest.stream().filter(o -> CANCELLABLE.contains(o.status())).findFirst();
        if (cancellable.isEmpty()) {
            return turn.answer(turn.replies().nothingToCancel(latest.stream()
                    .filter(o -> o.status() == OrderStatus.CONFIRMED).limit(1).toList()), Outcome.of("NOTHING_TO_CANCEL"));
        }
        String orderId = cancellable.get().id().value();
        try {
            commands.cancel(cancellable.get().id(), turn);
        } catch (DomainException e) {
            // the vendor answered in the meantime
            return turn.answer(turn.replies().nothingToCancel(List.of(cancellable.get())),
                    Outcome.of("NOTHING_TO_CANCEL", Map.of("orderId", orderId, "reason", Replies.reason(e))));
        }
        return Settlement.unanswered(Outcome.of("CANCELLED", Map.of("orderId", orderId)));
    }
}
