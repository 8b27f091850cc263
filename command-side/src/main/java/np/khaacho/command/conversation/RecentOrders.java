package np.khaacho.command.conversation;

import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.query.FindRecentOrders;
import np.khaacho.kernel.query.OrderHeadline;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;

/** A buyer's latest orders, newest first, drafts included, as the read side knows them. */
@Component
class RecentOrders {

    /** How far back a buyer's "cancel" or "status" looks. */
    static final int LOOKBACK = 20;

    private final QueryGateway queries;

    RecentOrders(QueryGateway queries) {
        this.queries = queries;
    }

    List<OrderHeadline> of(BuyerId buyer) {
        return queries.query(new FindRecentOrders(buyer, LOOKBACK),
                ResponseTypes.multipleInstancesOf(OrderHeadline.class)).join();
    }
}
