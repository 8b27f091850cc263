package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.query.common.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.List;

/**
 * The orders read model as the lists show it: the order lists, and the orders a specification picks (an
 * auditor's look-up); one order and a vendor's inbox are {@link OrderWithLinesRows}. The reads every open
 * portal repeats are written queries: Hibernate keeps a written query's translation, where it translates a
 * specification anew on every call.
 */
public interface OrderRows extends Repository<OrderRow, OrderId>, JpaSpecificationExecutor<OrderRow> {

    /**
     * The orders a list shows. A filter left out ({@code null}) picks every order: {@code coalesce}
     * compares the column with itself. PostgreSQL plans each call with the values given, so a buyer's
     * or a vendor's list still runs on its index. {@code placedOnly} leaves out the drafts (a vendor's
     * list). The period always has both ends ({@link OrderListFilter#from()}, {@link OrderListFilter#until()}).
     */
    @Query("""
            select new np.khaacho.query.common.Paging$Counted(o, count(*) over ())
            from OrderRow o
            where o.buyerId = coalesce(:buyer, o.buyerId)
              and o.vendorId = coalesce(:vendor, o.vendorId)
              and o.status = coalesce(:status, o.status)
              and (o.placedAt is not null or :placedOnly = false)
              and o.createdAt >= :from and o.createdAt < :until""")
    List<Paging.Counted<OrderRow>> listed(BuyerId buyer, VendorId vendor, OrderStatus status, boolean placedOnly,
                                          Instant from, Instant until, Pageable page);
}
