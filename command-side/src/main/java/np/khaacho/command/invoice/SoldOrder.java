package np.khaacho.command.invoice;

import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPlaced;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An order as its invoice needs it, read from the order's own events: who sold to whom, the lines as
 * they left the vendor (after any partial confirmation), the payment terms and, once delivered, the
 * due date. Empty while the goods have not left the vendor.
 */
record SoldOrder(OrderId orderId, OrderHeader header, List<OrderLine> lines, PaymentTerms paymentTerms,
                 LocalDate dueDate) {

    static Optional<SoldOrder> read(EventStore events, OrderId orderId) {
        OrderHeader header = null;
        List<OrderLine> lines = null;
        PaymentTerms terms = null;
        LocalDate dueDate = null;
        boolean dispatched = false;
        DomainEventStream stream = events.readEvents(orderId.value());
        while (stream.hasNext()) {
            Object event = stream.next().getPayload();
            if (event instanceof OrderDrafted drafted) {
                header = drafted.header();
                lines = drafted.lines();
                terms = drafted.paymentTerms();
            } else if (event instanceof OrderPlaced placed) {
                header = placed.header();
                lines = placed.lines();
                terms = placed.paymentTerms();
            } else if (event instanceof OrderPartiallyConfirmed confirmed) {
                lines = confirmed.lines();
            } else if (event instanceof OrderDispatched left) {
                lines = left.lines();
                dispatched = true;
            } else if (event instanceof OrderDelivered delivered) {
                dueDate = delivered.dueDate();
            }
        }
        return dispatched ? Optional.of(new SoldOrder(orderId, header, lines, terms, dueDate)) : Optional.empty();
    }
}
