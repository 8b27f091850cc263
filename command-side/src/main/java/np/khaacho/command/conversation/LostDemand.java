package np.khaacho.command.conversation;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.demand.DemandLost;
import np.khaacho.kernel.demand.LostDemandCause;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What a WhatsApp order asked for and could not have before any order was made of it: words that match
 * nothing on sale, and a vendor's share refused (below its minimums, outside its delivery area). Each is a
 * {@link DemandLost} event; its id comes from the message, so a message read again counts once. Losses
 * after an order is made (stock, credit, the vendor's answer) are the order's own events.
 */
@Component
class LostDemand {

    private final EventGateway events;

    LostDemand(EventGateway events) {
        this.events = events;
    }

    /** The words of the message that matched nothing on sale. */
    void notInCatalog(Turn turn, List<String> unresolved) {
        String messageSid = turn.message().messageSid();
        for (int i = 0; i < unresolved.size(); i++) {
            events.publish(new DemandLost(messageSid + "|unresolved|" + i, LostDemandCause.NOT_IN_CATALOG,
                    turn.buyerId(), null, null, null, unresolved.get(i), null, null, null, null));
        }
    }

    /** A vendor's share of the message, refused: each of its lines, where the refusal is one of demand lost. */
    void refused(Turn turn, Basket.Part part, DomainException refusal) {
        Optional<LostDemandCause> cause = LostDemandCause.ofRefusal(refusal.code());
        if (cause.isEmpty()) {
            return;
        }
        String messageSid = turn.message().messageSid();
        for (int i = 0; i < part.items().size(); i++) {
            var item = part.items().get(i);
            Replies.Line line = part.lines().get(i);
            events.publish(new DemandLost(messageSid + "|" + item.productId().value() + "|" + cause.get(), cause.get(),
                    turn.buyerId(), part.vendorId(), item.productId(), null, line.name(), Quantity.of(line.quantity()),
                    line.unitPrice(), line.subtotal(), null));
        }
    }
}
