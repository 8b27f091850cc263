package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The lines of orders as sold. */
interface OrderLineRows extends Repository<OrderLineRow, OrderLineRow.Key> {

    /**
     * The lines of these orders ({@code orders}: their ids), by order, then in the order of the lines.
     * The ids go as one array: Hibernate translates a query with a list parameter anew on every call,
     * for each length of the list.
     */
    @Query(value = """
            SELECT * FROM read_model.order_lines WHERE order_id = ANY(CAST(:orders AS VARCHAR[]))
            ORDER BY order_id, line_no""", nativeQuery = true)
    List<OrderLineRow> ofOrders(String[] orders);

    /**
     * The lines of one order, in order. Written out rather than through {@link #ofOrders}: Hibernate keeps
     * the translation of a query in this language, and works out how to map a native query's columns
     * on every call (the reads that follow an order ask for one order at a time).
     */
    @Query("select l from OrderLineRow l where l.key.orderId = :order order by l.key.lineNo")
    List<OrderLineRow> ofOrder(@Param("order") OrderId order);
}
