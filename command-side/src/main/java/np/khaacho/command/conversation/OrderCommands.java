package np.khaacho.command.conversation;

import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.order.CancelOrder;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.ConfirmDrafts;
import np.khaacho.kernel.order.DiscardDraft;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.party.VendorId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/** The order commands a buyer's WhatsApp messages send: each is built here, and sent on behalf of the turn's buyer. */
@Component
class OrderCommands {

    private final CommandSender sender;

    OrderCommands(CommandSender sender) {
        this.sender = sender;
    }

    /** A draft made from a message, waiting for the buyer's yes. */
    void draft(OrderId orderId, String orderNumber, VendorId vendor, List<OrderItem> items, BigDecimal confidence,
               Turn turn) {
        String messageSid = turn.message().messageSid();
        sender.send(new DraftOrder(orderId, orderNumber, turn.buyerId(), vendor, items, null,
                "WhatsApp message " + messageSid, messageSid, confidence, turn.result().language()), turn.buyer());
    }

    void discard(OrderId draft, String reason, Turn turn) {
        sender.send(new DiscardDraft(draft, reason), turn.buyer());
    }

    /** @return the orders placed: every draft made from that message */
    List<OrderId> confirm(String messageSid, Turn turn) {
        return sender.send(new ConfirmDrafts(turn.buyerId(), messageSid), turn.buyer());
    }

    void cancel(OrderId order, Turn turn) {
        sender.send(new CancelOrder(order, CancelledBy.BUYER, "cancelled by the buyer on WhatsApp"), turn.buyer());
    }
}
