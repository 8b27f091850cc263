package np.khaacho.command.conversation;

import np.khaacho.command.api.CommandSender;
import np.khaacho.command.order.OrderDirectory;
import np.khaacho.command.order.OrderPlacement;
import np.khaacho.command.order.PlaceOrderRequest;
import np.khaacho.command.order.PlacedOrder;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.order.CancelOrder;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.ConfirmDrafts;
import np.khaacho.kernel.order.DiscardDraft;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.query.FindOrder;
import np.khaacho.kernel.query.OrderView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The order commands a buyer's WhatsApp messages send: each is built here, and sent on behalf of the turn's buyer. */
@Component
class OrderCommands {

    private final CommandSender sender;
    private final OrderDirectory orders;
    private final OrderPlacement placement;
    private final QueryGateway queries;

    OrderCommands(CommandSender sender, OrderDirectory orders, OrderPlacement placement, QueryGateway queries) {
        this.sender = sender;
        this.orders = orders;
        this.placement = placement;
        this.queries = queries;
    }

    /**
     * The message's drafts, one per part of the basket, in place of the buyer's older drafts. A draft's
     * id is derived from the message and the vendor: a message read again keeps the drafts it made, and
     * their numbers, and drafts nothing twice.
     */
    List<Drafted> replaceDrafts(List<OrderId> older, List<Basket.Part> parts, BigDecimal confidence, Turn turn) {
        String messageSid = turn.message().messageSid();
        for (OrderId draft : older) {
            try {
                discard(draft, "replaced by message " + messageSid, turn);
            } catch (DomainException e) {
                // placed or expired meanwhile: nothing left to replace
            }
        }
        List<Drafted> drafted = new ArrayList<>();
        for (Basket.Part part : parts) {
            OrderId orderId = OrderId.derivedFrom(messageSid + "/" + part.vendorId().value());
            try {
                String number = orders.parties(orderId).map(OrderDirectory.OrderParties::orderNumber).orElseGet(() -> {
                    String next = orders.nextOrderNumber();
                    var header = new OrderHeader(next, turn.buyerId(), part.vendorId(), null,
                            "WhatsApp message " + messageSid);
                    sender.send(new DraftOrder(orderId, header, part.items(), messageSid, confidence,
                            turn.result().language()), turn.buyer());
                    return next;
                });
                drafted.add(new Drafted(part, orderId, number, null));
            } catch (DomainException e) {
                drafted.add(new Drafted(part, orderId, null, e));
            }
        }
        return drafted;
    }

    void discard(OrderId draft, String reason, Turn turn) {
        sender.send(new DiscardDraft(draft, reason), turn.buyer());
    }

    /** @return the orders placed: every draft made from that message */
    List<OrderId> confirm(String messageSid, Turn turn) {
        return sender.send(new ConfirmDrafts(turn.buyerId(), messageSid), turn.buyer());
    }

    /**
     * Places the basket of a declined order again, as it was asked for (its SKUs and quantities, at
     * today's prices), to the same delivery address; ids derived from the declined order, so a repeated
     * yes cannot place it twice. Answers the orders placed.
     */
    List<OrderId> placeAgain(OrderId declined, Turn turn) {
        OrderView order = queries.query(new FindOrder(declined), ResponseTypes.instanceOf(OrderView.class)).join();
        List<PlaceOrderRequest.Item> items = order.items().stream()
                .map(item -> new PlaceOrderRequest.Item(item.sku(), item.quantity().value())).toList();
        return placement.place(turn.buyerId(), items, order.deliveryAddress(), null, "again:" + declined.value(),
                turn.buyer()).stream().map(PlacedOrder::orderId).toList();
    }

    void cancel(OrderId order, Turn turn) {
        sender.send(new CancelOrder(order, CancelledBy.BUYER, "cancelled by the buyer on WhatsApp"), turn.buyer());
    }

    /** A part of the basket as a draft with its order number, or refused (no number) with the vendor's reason. */
    record Drafted(Basket.Part part, OrderId orderId, String orderNumber, DomainException refusal) {
    }
}
