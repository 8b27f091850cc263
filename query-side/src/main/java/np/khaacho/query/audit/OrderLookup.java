package np.khaacho.query.audit;

import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.query.order.OrderRow;
import np.khaacho.query.order.OrderRows;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds orders by what an auditor has at hand: the order id, the order number as printed
 * ({@code KH-001042}, any case), or just its digits ({@code 1042}).
 */
@Component
class OrderLookup {

    static final int MAX_MATCHES = 20;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));

    private final OrderRows orders;

    OrderLookup(OrderRows orders) {
        this.orders = orders;
    }

    List<OrderMatch> find(String query) {
        String wanted = query.trim();
        Specification<OrderRow> matching = DIGITS.matcher(wanted).matches() ? endingIn(wanted) : named(wanted);
        return orders.findBy(matching, found -> found.sortBy(NEWEST_FIRST).limit(MAX_MATCHES).all()).stream()
                .map(OrderMatch::of).toList();
    }

    /** The number's digits without leading zeros, against the digits that end each order number. */
    private static Specification<OrderRow> endingIn(String digits) {
        String number = digits.replaceFirst("^0+", "");
        return (order, query, where) -> where.equal(
                where.function("trailing_number", String.class, order.get("orderNumber")), number);
    }

    private static Specification<OrderRow> named(String text) {
        Specification<OrderRow> byNumber = (order, query, where) ->
                where.equal(where.upper(order.get("orderNumber")), text.toUpperCase(Locale.ROOT));
        return Ids.parse(text, OrderId::of)
                .map(id -> byNumber.or((order, query, where) -> where.equal(order.get("id"), id)))
                .orElse(byNumber);
    }
}
