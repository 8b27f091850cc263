package np.khaacho.query.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import np.khaacho.kernel.api.ApiError;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.FindVendorInbox;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.kernel.query.VendorInbox;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
    private final ObjectMapper json;

    OrderStreamController(OrderReader reader, QueryGateway queries, SubscriptionStreams streams, ObjectMapper json) {
        this.reader = reader;
        this.queries = queries;
        this.streams = streams;
        this.json = json;
    }

    /** The order now, then again after every change, as events named {@code order}. */
    @GetMapping(path = "/v1/orders/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter order(@PathVariable("id") String id, Actor actor) {
        OrderAccess.visible(reader.find(id), id, actor);
        return streams.open("order", queries.subscriptionQuery(new FindOrder(id), OrderView.class, OrderView.class));
    }

    /** The caller's whole inbox now, then again after every change, as events named {@code inbox}. */
    @GetMapping(path = "/v1/vendors/me/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter inbox(Actor actor) {
        OrderAccess.requireVendor(actor);
        return streams.open("inbox", queries.subscriptionQuery(new FindVendorInbox(actor.userId()),
                VendorInbox.class, VendorInbox.class));
    }

    /**
     * A refused stream answers the API's usual error body. It is written here, as JSON, because the
     * client accepts only {@code text/event-stream}, which the general error handling cannot answer in.
     */
    @ExceptionHandler(ApiException.class)
    void refuse(ApiException refusal, HttpServletResponse response) throws IOException {
        response.setStatus(refusal.code().httpStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), ApiError.of(refusal.code(), refusal.getMessage(), refusal.details()));
    }

    /**
     * The client hung up: nothing went wrong and nothing can be answered any more. Taking the response
     * as a parameter marks the request as handled, so no error page is attempted.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException gone, HttpServletResponse response) {
        // the subscription was already cancelled by the stream's completion callbacks
    }
}
