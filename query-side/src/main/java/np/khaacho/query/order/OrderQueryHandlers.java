package np.khaacho.query.order;

import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.FindVendorInbox;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.kernel.query.VendorInbox;
import np.khaacho.kernel.query.FindRecentOrders;
import np.khaacho.kernel.query.OrderHeadline;
import np.khaacho.query.common.Paging;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Answers the order queries from the orders projection; who may ask is decided by the API in front. */
@Component
class OrderQueryHandlers {

    private final OrderReader reader;

    OrderQueryHandlers(OrderReader reader) {
        this.reader = reader;
    }

    /** The order, or nothing (null) when there is no such order. */
    @QueryHandler
    OrderView handle(FindOrder query) {
        return reader.find(query.orderId()).orElse(null);
    }

    /** A buyer's latest orders, newest first. */
    @QueryHandler
    List<OrderHeadline> handle(FindRecentOrders query) {
        int limit = Math.max(1, Math.min(query.limit(), Paging.MAX_SIZE));
        return reader.list(new OrderListFilter(query.buyerId(), null, null, null, null), new Paging(0, limit))
                .items().stream()
                .map(order -> new OrderHeadline(order.id(), order.orderNumber(), order.status(), order.vendorName(),
                        order.totalAmount(), order.deliveryDate(), order.createdAt()))
                .toList();
    }

    @QueryHandler
    VendorInbox handle(FindVendorInbox query) {
        return reader.wholeInbox(query.vendorId(), Instant.now());
    }
}
