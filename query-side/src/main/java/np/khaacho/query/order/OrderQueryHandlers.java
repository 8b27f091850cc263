package np.khaacho.query.order;

import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.FindVendorInbox;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.kernel.query.VendorInbox;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;

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

    @QueryHandler
    VendorInbox handle(FindVendorInbox query) {
        return reader.wholeInbox(query.vendorId(), Instant.now());
    }
}
