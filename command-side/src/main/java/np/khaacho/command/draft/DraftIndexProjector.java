package np.khaacho.command.draft;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderPlaced;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the {@link Drafts} still waiting for the buyer, by the message they were made from. */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class DraftIndexProjector {

    private final Drafts drafts;

    DraftIndexProjector(Drafts drafts) {
        this.drafts = drafts;
    }

    @EventHandler
    void on(OrderDrafted event) {
        drafts.add(event.orderId(), event.messageId(), event.header().buyerId());
    }

    @EventHandler
    void on(OrderPlaced event) {
        drafts.forget(event.orderId());
    }

    @EventHandler
    void on(OrderDraftDiscarded event) {
        drafts.forget(event.orderId());
    }

    @EventHandler
    void on(OrderExpired event) {
        drafts.forget(event.orderId());
    }
}
