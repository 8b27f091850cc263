package np.khaacho.saga.webpush;

import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.saga.notification.NotificationDispatcher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells a vendor's subscribed browsers that an order waits for its answer, beside the WhatsApp message of
 * the notifications (their processing group: never replayed, so a replay pushes nothing again).
 */
@Component
@ProcessingGroup(NotificationDispatcher.PROCESSING_GROUP)
@DisallowReplay
class NewOrderPush {

    private final PushSubscriptions subscriptions;
    private final ObjectProvider<WebPushSender> sender;

    NewOrderPush(PushSubscriptions subscriptions, ObjectProvider<WebPushSender> sender) {
        this.subscriptions = subscriptions;
        this.sender = sender;
    }

    @EventHandler
    void on(OrderAwaitingVendor event) {
        WebPushSender push = sender.getIfAvailable();
        if (push == null) {
            return;
        }
        subscriptions.of(event.vendorId().value()).forEach(push::push);
    }
}
