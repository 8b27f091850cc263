package np.khaacho.command.conversation;

import np.khaacho.command.draft.Drafts;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.whatsapp.InboundMessage;
import np.khaacho.command.whatsapp.InboundStore;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.query.OrderHeadline;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.whatsapp.FindOutboundMessage;
import np.khaacho.kernel.whatsapp.OutboundMessageView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A yes places the drafts of the summary it answers, all of them: the summary the buyer replied to,
 * when WhatsApp says which one, else the buyer's latest summary still waiting. The orders are placed
 * in the transaction that records the message's outcome (see {@link Settlement}); every placed order
 * is announced to the buyer by its own notification.
 */
@Component
class ConfirmHandler implements IntentHandler {

    /** How long after an order was declined a yes places the same basket again. */
    static final Duration PLACE_AGAIN_WITHIN = Duration.ofDays(3);

    private final Drafts drafts;
    private final Summaries summaries;
    private final InboundStore inbound;
    private final QueryGateway queries;
    private final OrderCommands commands;
    private final RecentOrders recent;
    private final EventStore events;

    ConfirmHandler(Drafts drafts, Summaries summaries, InboundStore inbound, QueryGateway queries,
                   OrderCommands commands, RecentOrders recent, EventStore events) {
        this.drafts = drafts;
        this.summaries = summaries;
        this.inbound = inbound;
        this.queries = queries;
        this.commands = commands;
        this.recent = recent;
        this.events = events;
    }

    @Override
    public Intent intent() {
        return Intent.CONFIRM;
    }

    @Override
    public Settlement handle(Turn turn) {
        BuyerId buyer = turn.buyerId();
        Optional<String> target = Optional.ofNullable(turn.message().repliedToSid()).flatMap(this::summaryAnsweredBy)
                .or(() -> drafts.latestMessage(buyer));
        if (target.isEmpty()) {
            Optional<OrderHeadline> declined = declinedLately(buyer).filter(this::heldForCredit);
            if (declined.isPresent()) {
                // held for credit and told a yes places it again once paid: the same basket
                OrderId again = declined.get().id();
                return Settlement.committedWith(() -> {
                    List<OrderId> placed = commands.placeAgain(again, turn);
                    return Outcome.of("PLACED_AGAIN", Map.of("declined", again.value(),
                            "orderIds", placed.stream().map(OrderId::value).toList()));
                });
            }
            return turn.answer(turn.replies().nothingToConfirm(), Outcome.of("NOTHING_TO_CONFIRM"));
        }
        String summaryOf = target.get();
        if (drafts.fromMessage(buyer, summaryOf).isEmpty()) {
            return turn.answer(inbound.summaryConfirmed(summaryOf) ? turn.replies().nothingToConfirm()
                    : turn.replies().summaryReplaced(), Outcome.of("SUMMARY_NOT_OPEN", Map.of("summaryOf", summaryOf)));
        }
        return Settlement.committedWith(() -> {
            List<OrderId> placed = commands.confirm(summaryOf, turn);
            return Outcome.of("CONFIRMED", Map.of("summaryOf", summaryOf,
                    "orderIds", placed.stream().map(OrderId::value).toList()));
        });
    }

    /** The buyer's latest order, when it was declined lately: nothing came after it (drafts aside). */
    private Optional<OrderHeadline> declinedLately(BuyerId buyer) {
        return recent.of(buyer).stream()
                .filter(o -> o.status() != OrderStatus.DRAFTED && o.status() != OrderStatus.DISCARDED)
                .findFirst()
                .filter(o -> o.status() == OrderStatus.DECLINED)
                .filter(o -> o.createdAt() != null && o.createdAt().isAfter(Instant.now().minus(PLACE_AGAIN_WITHIN)));
    }

    /** Whether the order was declined for want of credit (its decline names what it lacked), not for stock. */
    private boolean heldForCredit(OrderHeadline order) {
        return events.readEvents(order.id().value()).asStream().map(DomainEventMessage::getPayload)
                .filter(OrderDeclined.class::isInstance).map(OrderDeclined.class::cast)
                .anyMatch(declined -> declined.creditShortfall() != null);
    }

    /** The inbound message whose summary went out as this outbound message, if it was one. */
    private Optional<String> summaryAnsweredBy(String outboundSid) {
        OutboundMessageView sent = queries.query(new FindOutboundMessage(outboundSid),
                ResponseTypes.instanceOf(OutboundMessageView.class)).join();
        return Optional.ofNullable(sent).flatMap(view -> InboundMessage.answered(view.dedupKey()))
                .filter(summaries::answered);
    }
}
