package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The orders read model: one order, or the orders a {@link OrderSpecifications specification} picks. */
public interface OrderRows extends Repository<OrderRow, OrderId>, JpaSpecificationExecutor<OrderRow> {

    Optional<OrderRow> findById(OrderId id);
}
