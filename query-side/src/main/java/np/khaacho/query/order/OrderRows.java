package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/**
 * The orders read model: one order, or the orders a {@link OrderSpecifications specification} picks.
 * The two reads every open portal repeats (a buyer's own list, a vendor's inbox) are written queries:
 * Hibernate keeps their translation, where it translates a specification anew on every call.
 */
public interface OrderRows extends Repository<OrderRow, OrderId>, JpaSpecificationExecutor<OrderRow> {

    Optional<OrderRow> findById(OrderId id);

    @Query("from OrderRow o where o.buyerId = :buyer")
    Page<OrderRow> ofBuyer(BuyerId buyer, Pageable page);

    /** The status is written into the query, not bound: the inbox's partial index covers only these orders. */
    @Query("from OrderRow o where o.vendorId = :vendor and o.status = np.khaacho.kernel.order.OrderStatus.AWAITING_VENDOR")
    Page<OrderRow> awaiting(VendorId vendor, Pageable page);
}
