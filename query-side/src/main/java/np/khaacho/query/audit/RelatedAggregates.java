package np.khaacho.query.audit;

import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.stock.StockId;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The other aggregates an order may have touched: the buyer's credit account and the stock of every
 * product that was ever on one of its lines (a partial confirmation can drop a line whose stock was
 * already held).
 */
final class RelatedAggregates {

    private RelatedAggregates() {
    }

    static Set<String> of(Collection<?> orderEvents) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object event : orderEvents) {
            if (event instanceof OrderPlaced e) {
                add(ids, e.header().buyerId(), e.lines());
            } else if (event instanceof OrderDrafted e) {
                add(ids, e.header().buyerId(), e.lines());
            } else if (event instanceof OrderPartiallyConfirmed e) {
                add(ids, e.buyerId(), e.lines());
            }
        }
        return ids;
    }

    private static void add(Set<String> ids, BuyerId buyer, List<OrderLine> lines) {
        ids.add(CreditAccountId.of(buyer).value());
        lines.forEach(line -> ids.add(StockId.of(line.productId()).value()));
    }
}
