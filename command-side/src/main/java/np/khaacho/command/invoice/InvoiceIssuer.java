package np.khaacho.command.invoice;

import np.khaacho.command.invoice.InvoiceArithmetic.SoldLine;
import np.khaacho.command.invoice.InvoiceArithmetic.Split;
import np.khaacho.command.invoice.TaxRecords.Seller;
import np.khaacho.kernel.calendar.FiscalYear;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceId;
import np.khaacho.kernel.invoice.InvoiceIssued;
import np.khaacho.kernel.invoice.InvoiceLine;
import np.khaacho.kernel.invoice.IssueCreditNote;
import np.khaacho.kernel.invoice.IssueInvoice;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Issues invoices and credit notes: reads what was sold, splits the amounts, takes the next number of
 * the vendor's book for the fiscal year and creates the document, all in one transaction. Issuing is
 * idempotent: an invoice or credit note that exists already is answered with its number.
 */
@Component
class InvoiceIssuer {

    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private final Repository<Invoice> invoices;
    private final Repository<InvoiceBook> books;
    private final EventStore events;
    private final TaxRecords records;
    private final Clock clock;

    InvoiceIssuer(Repository<Invoice> invoices, Repository<InvoiceBook> books, EventStore events, TaxRecords records) {
        this.invoices = invoices;
        this.books = books;
        this.events = events;
        this.records = records;
        this.clock = Clock.systemUTC();
    }

    @CommandHandler
    public String handle(IssueInvoice command) {
        if (exists(command.invoiceId())) {
            return invoices.load(command.invoiceId().value()).invoke(Invoice::document).number();
        }
        SoldOrder order = SoldOrder.read(events, command.orderId()).orElseThrow(() -> new DomainException(
                ErrorCode.ILLEGAL_TRANSITION, "order " + command.orderId() + " has not left its vendor: nothing to invoice"));
        VendorId vendorId = order.header().vendorId();
        Seller seller = records.seller(vendorId).orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_ERROR,
                "vendor " + vendorId + " has not stated its PAN: it cannot issue invoices"));
        Split split = InvoiceArithmetic.ofSale(order.lines().stream().map(this::sold).toList(), seller.vatRegistered());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, NEPAL);
        String fiscalYear = FiscalYear.of(today).label();
        String number = takeNumber(vendorId, fiscalYear, DocumentKind.INVOICE, command.invoiceId());
        InvoiceDocument document = new InvoiceDocument(DocumentKind.INVOICE, seller.vatRegistered(), number, fiscalYear,
                today, order.header().orderNumber(), seller.party(), records.buyer(order.header().buyerId()),
                split.lines(), split.totals(), paymentTerms(order), null, null, 0);
        createDocument(new InvoiceIssued(command.invoiceId(), order.orderId(), vendorId, order.header().buyerId(), null,
                now, document));
        return number;
    }

    @CommandHandler
    public String handle(IssueCreditNote command, @MetaDataValue(Actor.USER_ID) String userId,
                         @MetaDataValue(Actor.ROLE) String role) {
        if (command.creditNoteId() == null || command.invoiceId() == null) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "a credit note needs its id and the invoice it corrects");
        }
        if (exists(command.creditNoteId())) {
            return invoices.load(command.creditNoteId().value()).invoke(Invoice::document).number();
        }
        Aggregate<Invoice> invoice = load(command.invoiceId());
        InvoiceIssued original = invoice.invoke(Invoice::issued);
        if (Role.VENDOR.name().equals(role) && !original.vendorId().value().equals(userId)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "a vendor corrects only its own invoices");
        }
        InvoiceDocument invoiced = original.document();
        List<InvoiceLine> lines = CreditedLines.of(invoiced, invoice.invoke(Invoice::credited), command);
        boolean whole = command.lines() == null || command.lines().isEmpty();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, NEPAL);
        String fiscalYear = FiscalYear.of(today).label();
        String number = takeNumber(original.vendorId(), fiscalYear, DocumentKind.CREDIT_NOTE, command.creditNoteId());
        InvoiceDocument document = new InvoiceDocument(DocumentKind.CREDIT_NOTE, invoiced.taxInvoice(), number,
                fiscalYear, today, invoiced.orderNumber(), invoiced.seller(), invoiced.buyer(), lines,
                whole && lines.equals(invoiced.lines()) ? invoiced.totals()
                        : InvoiceArithmetic.ofCredit(lines, invoiced.taxInvoice()),
                invoiced.paymentTerms(), invoiced.number(), command.reason().trim(), 0);
        invoice.execute(it -> it.credit(command.creditNoteId(), lines));
        createDocument(new InvoiceIssued(command.creditNoteId(), original.orderId(), original.vendorId(),
                original.buyerId(), original.invoiceId(), now, document));
        return number;
    }

    private SoldLine sold(OrderLine line) {
        TaxRecords.SoldProduct product = records.product(line.productId());
        return new SoldLine(line.sku(), line.name(), product.nameNe(), line.unit(), line.quantity(), line.subtotal(),
                product.vatClass());
    }

    /** The terms as the document prints them: {@code COD}, or the credit terms and the due date once known. */
    private static String paymentTerms(SoldOrder order) {
        return order.dueDate() == null ? order.paymentTerms().name() : order.paymentTerms().name() + " " + order.dueDate();
    }

    private String takeNumber(VendorId vendorId, String fiscalYear, DocumentKind kind, InvoiceId documentId) {
        try {
            return books.loadOrCreate(InvoiceBook.idOf(vendorId, fiscalYear, kind), InvoiceBook::new)
                    .invoke(book -> book.take(vendorId, fiscalYear, kind, documentId));
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private void createDocument(InvoiceIssued issued) {
        try {
            invoices.newInstance(() -> new Invoice(issued));
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private Aggregate<Invoice> load(InvoiceId invoiceId) {
        try {
            return invoices.load(invoiceId.value());
        } catch (AggregateNotFoundException e) {
            throw new DomainException(ErrorCode.NOT_FOUND, "no invoice " + invoiceId);
        }
    }

    private boolean exists(InvoiceId id) {
        return events.lastSequenceNumberFor(id.value()).isPresent();
    }
}
