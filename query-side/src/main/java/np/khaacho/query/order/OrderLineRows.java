package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/**
 * The lines of orders as sold. No read takes a list of orders: Hibernate translates a query with a
 * list parameter anew on every call.
 */
interface OrderLineRows extends Repository<OrderLineRow, OrderLineRow.Key> {

    /** The lines of one order, in their order. */
    @Query("from OrderLineRow l where l.key.orderId = :order order by l.key.lineNo")
    List<OrderLineRow> ofOrder(OrderId order);

    /** The lines of every order awaiting the vendor, by order, then in the order of the lines. */
    @Query("""
            from OrderLineRow l where l.key.orderId in (select o.id from OrderRow o where o.vendorId = :vendor
                and o.status = np.khaacho.kernel.order.OrderStatus.AWAITING_VENDOR)
            order by l.key.orderId, l.key.lineNo""")
    List<OrderLineRow> awaiting(VendorId vendor);
}
