package np.khaacho.query.invoice;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.invoice.AccessKind;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceId;
import np.khaacho.kernel.invoice.RecordInvoiceAccess;
import np.khaacho.query.common.Paging;
import np.khaacho.query.invoice.document.InvoicePdf;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

/**
 * Invoices and credit notes for the people they concern: a vendor sees its own, a buyer those issued
 * to it, staff all of them. Opening one records a view and printing it (the PDF) records a print, each
 * with who did it; a print after the first reads "Copy of original (n)".
 */
@RestController
@Tag(name = "Tax invoices")
class InvoiceController {

    private static final Set<String> KINDS = Set.of(DocumentKind.INVOICE.name(), DocumentKind.CREDIT_NOTE.name());

    private final InvoiceReader reader;
    private final CommandGateway commands;
    private final InvoicePdf pdf;

    InvoiceController(InvoiceReader reader, CommandGateway commands, InvoicePdf pdf) {
        this.reader = reader;
        this.commands = commands;
        this.pdf = pdf;
    }

    @GetMapping("/v1/invoices")
    public ApiResponse<PageOf<InvoiceSummary>> list(@RequestParam(name = "kind", required = false) String kind,
                                                    @RequestParam(name = "fiscalYear", required = false) String fiscalYear,
                                                    @RequestParam(name = "orderId", required = false) String orderId,
                                                    @RequestParam(name = "page", required = false) Integer page,
                                                    @RequestParam(name = "size", required = false) Integer size,
                                                    Actor actor) {
        if (kind != null && !KINDS.contains(kind)) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "kind must be INVOICE or CREDIT_NOTE",
                    List.of("kind: " + kind));
        }
        return ApiResponse.ok(reader.list(scope(actor), kind, fiscalYear, orderId, Paging.of(page, size)));
    }

    @GetMapping("/v1/invoices/{id}")
    public ApiResponse<InvoiceDetail> one(@PathVariable("id") String id, Actor actor) {
        InvoiceDetail found = visible(id, actor);
        record(found, AccessKind.VIEW, actor);
        return ApiResponse.ok(found);
    }

    @GetMapping("/v1/invoices/{id}/pdf")
    public ResponseEntity<byte[]> print(@PathVariable("id") String id,
                                        @RequestParam(name = "lang", required = false) String lang, Actor actor) {
        Language language = language(lang);
        InvoiceDetail found = visible(id, actor);
        int copy = record(found, AccessKind.PRINT, actor);
        InvoiceDocument document = found.document();
        byte[] bytes = pdf.render(withCopy(document, copy), language);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName(document, language)).build().toString())
                .body(bytes);
    }

    static InvoiceDocument withCopy(InvoiceDocument d, int copy) {
        return new InvoiceDocument(d.kind(), d.taxInvoice(), d.number(), d.fiscalYear(), d.issuedOn(), d.orderNumber(),
                d.seller(), d.buyer(), d.lines(), d.totals(), d.paymentTerms(), d.creditedInvoiceNumber(), d.reason(), copy);
    }

    static String fileName(InvoiceDocument document, Language language) {
        String kind = document.kind() == DocumentKind.CREDIT_NOTE ? "credit-note" : "invoice";
        return kind + "-" + document.number().replace('/', '-') + "-" + language.name().toLowerCase() + ".pdf";
    }

    private static Language language(String lang) {
        if (lang != null && !lang.equals("en") && !lang.equals("ne")) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "lang must be en or ne", List.of("lang: " + lang));
        }
        return Language.of(lang);
    }

    private int record(InvoiceDetail invoice, AccessKind kind, Actor actor) {
        Integer copy = commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                new RecordInvoiceAccess(InvoiceId.of(invoice.summary().invoiceId()), kind)).andMetaData(actor.metadata()));
        return copy == null ? 0 : copy;
    }

    /** The document, if the actor may see it; to anyone else it does not exist. */
    private InvoiceDetail visible(String id, Actor actor) {
        InvoiceReader.Scope scope = scope(actor);
        return reader.find(id)
                .filter(found -> scope.vendorId() == null || scope.vendorId().equals(found.summary().vendorId()))
                .filter(found -> scope.buyerId() == null || scope.buyerId().equals(found.summary().buyerId()))
                .orElseThrow(() -> ApiException.notFound("invoice", id));
    }

    private static InvoiceReader.Scope scope(Actor actor) {
        if (actor.is(Role.VENDOR)) {
            return new InvoiceReader.Scope(actor.userId(), null);
        }
        if (actor.is(Role.BUYER)) {
            return new InvoiceReader.Scope(null, actor.userId());
        }
        if (actor.is(Role.ADMIN) || actor.is(Role.AUDITOR)) {
            return new InvoiceReader.Scope(null, null);
        }
        throw ApiException.forbidden("invoices are shown to their vendor, their buyer and staff");
    }
}
