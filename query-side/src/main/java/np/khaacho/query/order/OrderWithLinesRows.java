package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.query.common.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

/** Orders with their lines, each in one statement: an order's own page and a vendor's inbox. */
interface OrderWithLinesRows extends Repository<OrderWithLinesRow, OrderId> {

    Optional<OrderWithLinesRow> findById(OrderId id);

    /** The status is written into the query, not bound: the inbox's partial index covers only these orders. */
    @Query("""
            select new np.khaacho.query.common.Paging$Counted(o, count(*) over ())
            from OrderWithLinesRow o
            where o.vendorId = :vendor and o.status = np.khaacho.kernel.order.OrderStatus.AWAITING_VENDOR""")
    List<Paging.Counted<OrderWithLinesRow>> awaiting(VendorId vendor, Pageable page);
}
