package np.khaacho.command.invoice;

import np.khaacho.kernel.invoice.InvoiceId;
import np.khaacho.kernel.invoice.InvoiceMoment;
import np.khaacho.kernel.invoice.IssueCreditNote;
import np.khaacho.kernel.invoice.IssueInvoice;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Issues a vendor's invoice when its order leaves the vendor or reaches the buyer (the vendor's
 * choice), and a credit note for the whole invoice when an invoiced order is cancelled. Vendors that
 * have not stated a PAN issue no invoices. Its own tracking processor: an issue that collides with
 * another instance's on the vendor's book rolls back and is tried again.
 */
@Component
@ProcessingGroup(InvoicingPolicy.PROCESSING_GROUP)
@DisallowReplay
class InvoicingPolicy {

    static final String PROCESSING_GROUP = "invoicing";

    private final CommandGateway commands;
    private final TaxRecords records;
    private final EventStore events;
    private final JdbcTemplate jdbc;

    InvoicingPolicy(CommandGateway commands, TaxRecords records, EventStore events, JdbcTemplate jdbc) {
        this.commands = commands;
        this.records = records;
        this.events = events;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderDispatched event) {
        issueIfDue(event.orderId(), InvoiceMoment.DISPATCH);
    }

    @EventHandler
    void on(OrderDelivered event) {
        issueIfDue(event.orderId(), InvoiceMoment.DELIVERY);
    }

    @EventHandler
    void on(OrderCancelled event) {
        InvoiceId invoiceId = IssueInvoice.invoiceOf(event.orderId());
        if (events.lastSequenceNumberFor(invoiceId.value()).isPresent()) {
            commands.sendAndWait(IssueCreditNote.cancelling(invoiceId, "order cancelled"
                    + (event.reason() == null || event.reason().isBlank() ? "" : ": " + event.reason())));
        }
    }

    private void issueIfDue(OrderId orderId, InvoiceMoment moment) {
        vendorOf(orderId).flatMap(records::seller)
                .filter(seller -> seller.invoiceAt() == moment)
                .ifPresent(seller -> commands.sendAndWait(IssueInvoice.forOrder(orderId)));
    }

    private Optional<VendorId> vendorOf(OrderId orderId) {
        return jdbc.queryForList("SELECT vendor_id FROM write_model.order_index WHERE order_id = ?", String.class,
                orderId.value()).stream().findFirst().map(VendorId::of);
    }
}
