package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** What happened to orders, event by event. */
interface OrderTimelineRows extends Repository<OrderTimelineRow, OrderTimelineRow.Key> {

    /** An order's timeline, oldest event first. */
    @Query("from OrderTimelineRow t where t.key.orderId = :order order by t.key.sequenceNumber")
    List<OrderTimelineRow> ofOrder(OrderId order);
}
