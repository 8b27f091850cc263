package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.List;

/** The lines of orders as sold. */
interface OrderLineRows extends Repository<OrderLineRow, OrderLineRow.Key> {

    /** The lines of these orders, by order, then in the order of the lines. */
    @Query("from OrderLineRow l where l.key.orderId in :orders order by l.key.orderId, l.key.lineNo")
    List<OrderLineRow> ofOrders(Collection<OrderId> orders);
}
