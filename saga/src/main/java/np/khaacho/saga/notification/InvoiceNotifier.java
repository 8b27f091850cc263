package np.khaacho.saga.notification;

import np.khaacho.kernel.invoice.AccessKind;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceIssued;
import np.khaacho.kernel.invoice.RecordInvoiceAccess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Sends the buyer each invoice and credit note issued to it on WhatsApp, its PDF attached by a signed,
 * expiring link and named in the text, in the buyer's language. That delivery is the original: it is
 * recorded as the document's first print, so every later print reads "Copy of original (n)".
 */
@Component
@ProcessingGroup(NotificationDispatcher.PROCESSING_GROUP)
@DisallowReplay
class InvoiceNotifier {

    private final Contacts contacts;
    private final OrderRefs orders;
    private final OutboundMessages messages;
    private final ObjectProvider<InvoiceLinks> links;
    private final CommandGateway commands;
    private final Duration linkValidity;

    InvoiceNotifier(Contacts contacts, OrderRefs orders, OutboundMessages messages, ObjectProvider<InvoiceLinks> links,
                    CommandGateway commands, @Value("${khaacho.invoices.link-validity:P7D}") Duration linkValidity) {
        this.contacts = contacts;
        this.orders = orders;
        this.messages = messages;
        this.links = links;
        this.commands = commands;
        this.linkValidity = linkValidity;
    }

    @EventHandler
    void on(InvoiceIssued event, @MessageIdentifier String eventId) {
        OrderRef order = orders.require(event.orderId());
        Contact buyer = contacts.require(event.buyerId().value());
        String language = order.language() != null ? order.language() : buyer.language();
        NotificationTexts texts = NotificationTexts.in(language);
        InvoiceLinks signer = links.getIfAvailable();
        String link = signer == null ? null : signer.link(event.invoiceId().value(), texts.language(), linkValidity);
        InvoiceDocument document = event.document();
        boolean creditNote = document.kind() == DocumentKind.CREDIT_NOTE;
        String body = creditNote
                ? texts.creditNoteIssued(document.number(), document.creditedInvoiceNumber(), order.orderNumber(),
                document.totals().total(), link)
                : texts.invoiceIssued(document.number(), order.orderNumber(), document.totals().total(), link);
        messages.send(new OutboundMessage(NotificationDispatcher.dedupKey(eventId, buyer.userId()), buyer.userId(),
                buyer.phone(), texts.language(), creditNote ? NotificationKind.CREDIT_NOTE_ISSUED
                : NotificationKind.INVOICE_ISSUED, body, event.orderId().value(), eventId, null, link));
        commands.sendAndWait(new RecordInvoiceAccess(event.invoiceId(), AccessKind.PRINT));
    }
}
