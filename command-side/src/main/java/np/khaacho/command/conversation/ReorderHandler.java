package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.command.product.ProductDirectory.ProductRef;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.OrderHeadline;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.kernel.whatsapp.FindOutboundMessage;
import np.khaacho.kernel.whatsapp.OutboundMessageView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Pahila jastai", "same as last week", "feri tyo order": the order the buyer replies to (a message about
 * it), else its latest order, drafted again as a new order at today's prices and stock, with what changed
 * said first (a price since, a product no longer sold); one yes places it like any summary.
 */
@Component
class ReorderHandler implements IntentHandler {

    /** Orders that were never more than a draft have nothing to repeat. */
    private static final Set<OrderStatus> NOT_ORDERS = Set.of(OrderStatus.DRAFTED, OrderStatus.DISCARDED);

    private final QueryGateway queries;
    private final RecentOrders recent;
    private final ProductDirectory products;
    private final OrderHandler orders;

    ReorderHandler(QueryGateway queries, RecentOrders recent, ProductDirectory products, OrderHandler orders) {
        this.queries = queries;
        this.recent = recent;
        this.products = products;
        this.orders = orders;
    }

    @Override
    public Intent intent() {
        return Intent.REORDER;
    }

    @Override
    public Settlement handle(Turn turn) {
        Optional<OrderId> repeated = Optional.ofNullable(turn.message().repliedToSid()).flatMap(this::orderOfMessage)
                .or(() -> recent.of(turn.buyerId()).stream().filter(o -> !NOT_ORDERS.contains(o.status()))
                        .findFirst().map(OrderHeadline::id));
        Optional<OrderView> order = repeated.map(id -> queries.query(new FindOrder(id),
                ResponseTypes.instanceOf(OrderView.class)).join())
                .filter(view -> view.buyerId().equals(turn.buyerId()));
        if (order.isEmpty()) {
            return turn.answer(turn.replies().nothingToReorder(), Outcome.of("NOTHING_TO_REORDER"));
        }
        OrderView view = order.get();
        List<ParsedItem> items = view.items().stream().map(item -> new ParsedItem(item.sku(), item.quantity().value(),
                item.unit(), item.name())).toList();
        Map<String, ProductRef> today = products.bySkus(items.stream().map(ParsedItem::sku).toList()).stream()
                .collect(Collectors.toMap(ProductRef::sku, Function.identity()));
        List<Replies.PriceChange> changes = new ArrayList<>();
        for (OrderView.Item item : view.items()) {
            ProductRef now = today.get(item.sku());
            Money price = now == null ? null : orders.priceFor(turn, now, item.quantity());
            if (price != null && !price.equals(item.unitPrice())) {
                changes.add(new Replies.PriceChange(item.name(), item.unitPrice(), price));
            }
        }
        ParseResult again = new ParseResult(Intent.ORDER, items, List.of(), turn.result().language(), "reorder");
        return orders.draft(turn, again, turn.replies().reorderIntro(view.orderNumber(), changes));
    }

    /** The order a message the buyer replies to was about, if it was about one. */
    private Optional<OrderId> orderOfMessage(String outboundSid) {
        OutboundMessageView sent = queries.query(new FindOutboundMessage(outboundSid),
                ResponseTypes.instanceOf(OutboundMessageView.class)).join();
        return Optional.ofNullable(sent).map(OutboundMessageView::orderId).map(OrderId::of);
    }
}
