package np.khaacho.query.order;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/** Which orders a read picks, and in which order it lists them. */
final class OrderSpecifications {

    /** The order lists: newest first. */
    static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");
    /** A vendor's inbox: the answer due soonest first. */
    static final Sort MOST_URGENT_FIRST = Sort.by("respondBy", "createdAt", "id");

    private OrderSpecifications() {
    }

    /** The orders a list shows; a vendor's list shows placed orders only. */
    static Specification<OrderRow> listed(OrderListFilter filter) {
        List<Specification<OrderRow>> conditions = new ArrayList<>();
        if (filter.buyerId() != null) {
            conditions.add((order, query, where) -> where.equal(order.get("buyerId"), filter.buyerId()));
        }
        if (filter.vendorId() != null) {
            conditions.add((order, query, where) -> where.and(where.equal(order.get("vendorId"), filter.vendorId()),
                    where.isNotNull(order.get("placedAt"))));
        }
        if (filter.status() != null) {
            conditions.add((order, query, where) -> where.equal(order.get("status"), filter.status()));
        }
        if (filter.from() != null) {
            conditions.add((order, query, where) -> where.greaterThanOrEqualTo(order.get("createdAt"), filter.from()));
        }
        if (filter.until() != null) {
            conditions.add((order, query, where) -> where.lessThan(order.get("createdAt"), filter.until()));
        }
        return Specification.allOf(conditions);
    }
}
