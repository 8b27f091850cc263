package np.khaacho.command.invoice;

import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.invoice.AccessKind;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceAccessed;
import np.khaacho.kernel.invoice.InvoiceCredited;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceId;
import np.khaacho.kernel.invoice.InvoiceIssued;
import np.khaacho.kernel.invoice.InvoiceLine;
import np.khaacho.kernel.invoice.InvoiceReportedToTaxOffice;
import np.khaacho.kernel.invoice.RecordInvoiceAccess;
import np.khaacho.kernel.invoice.RecordTaxOfficeReport;
import np.khaacho.kernel.invoice.TaxOfficeState;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An issued invoice or credit note. What it shows never changes after issue; what happens to it does:
 * every view, print, export and re-send is recorded with who did it, and an invoice remembers what
 * credit notes have credited of it, so no line is credited beyond what was invoiced, and how its
 * report to the tax office stands.
 */
@Aggregate
public class Invoice {

    @AggregateIdentifier
    private InvoiceId invoiceId;
    private InvoiceIssued issued;
    private final List<InvoiceLine> credited = new ArrayList<>();
    private int prints;
    private TaxOfficeState taxOfficeState;

    protected Invoice() {
        // required by Axon to rebuild the aggregate from its events
    }

    Invoice(InvoiceIssued issued) {
        apply(issued);
    }

    /** Records an access; answers the copy number a print or export shows (0: the original). */
    @CommandHandler
    public int handle(RecordInvoiceAccess command, @MetaDataValue(Actor.USER_ID) String userId) {
        if (command.kind() == null) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "an invoice access must say what was done");
        }
        int copy = command.kind() == AccessKind.VIEW ? Math.max(prints - 1, 0) : prints;
        apply(new InvoiceAccessed(invoiceId, command.kind(), userId == null ? "system" : userId, copy));
        return copy;
    }

    /**
     * Records a change of the report's state; the same state again, or any state after acceptance,
     * changes nothing.
     */
    @CommandHandler
    public void handle(RecordTaxOfficeReport command) {
        if (command.state() == null) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "a tax office report must say how it stands");
        }
        if (command.state() != taxOfficeState && taxOfficeState != TaxOfficeState.ACCEPTED) {
            apply(new InvoiceReportedToTaxOffice(invoiceId, command.state(), command.detail()));
        }
    }

    /** Notes what a credit note credits of this invoice. */
    void credit(InvoiceId creditNoteId, List<InvoiceLine> lines) {
        if (issued.document().kind() != DocumentKind.INVOICE) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "only an invoice can be credited, not a credit note");
        }
        apply(new InvoiceCredited(invoiceId, creditNoteId, lines));
    }

    InvoiceIssued issued() {
        return issued;
    }

    InvoiceDocument document() {
        return issued.document();
    }

    List<InvoiceLine> credited() {
        return List.copyOf(credited);
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        invoiceId = event.invoiceId();
        issued = event;
    }

    @EventSourcingHandler
    void on(InvoiceAccessed event) {
        if (event.kind() != AccessKind.VIEW) {
            prints++;
        }
    }

    @EventSourcingHandler
    void on(InvoiceCredited event) {
        credited.addAll(event.lines());
    }

    @EventSourcingHandler
    void on(InvoiceReportedToTaxOffice event) {
        taxOfficeState = event.state();
    }
}
