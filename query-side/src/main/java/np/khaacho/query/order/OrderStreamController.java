package np.khaacho.query.order;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.FindVendorInbox;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.kernel.query.VendorInbox;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Mono;


/**
 * Live updates as server-sent events, on Axon subscription queries: an order's changes and a
 * vendor's inbox. Who may watch follows the same rules as the plain reads.
 */
@RestController
@Tag(name = "Live updates")
class OrderStreamController {

    private final OrderReader reader;
    private final QueryGateway queries;
    private final SubscriptionStreams streams;

    OrderStreamController(OrderReader reader, QueryGateway queries, SubscriptionStreams streams) {
        this.reader = reader;
        this.queries = queries;
        this.streams = streams;
    }

    /**
     * The order now, then again after every change, as events named {@code order}. It subscribes first
     * and then reads the order once, both to check that the caller may see it and as the stream's first
     * event: a change between the two still comes as an update.
     */
    @GetMapping(path = "/v1/orders/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter order(@PathVariable("id") String id, Actor actor) {
        SubscriptionQueryResult<OrderView, OrderView> subscription = queries.subscriptionQuery(
                new FindOrder(OrderAccess.idOf(id)), OrderView.class, OrderView.class);
        try {
            OrderView order = OrderAccess.visible(id, reader::find, actor);
            return streams.open("order", Mono.just(order), subscription);
        } catch (RuntimeException refused) {
            subscription.cancel();
            throw refused;
        }
    }

    /** The caller's whole inbox now, then again after every change, as events named {@code inbox}. */
    @GetMapping(path = "/v1/vendors/me/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter inbox(Actor actor) {
        return streams.open("inbox", queries.subscriptionQuery(new FindVendorInbox(OrderAccess.requireVendor(actor)),
                VendorInbox.class, VendorInbox.class));
    }
}
