package np.khaacho.query.invoice;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.query.invoice.document.InvoicePdf;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The original PDF of an invoice or credit note by a signed, expiring link, without logging in: the
 * link WhatsApp fetches the file of an invoice message by, and the buyer opens from the chat. A link
 * that is not signed, altered or expired is answered as not found.
 */
@RestController
@Tag(name = "Tax invoices")
class SharedInvoiceController {

    private final InvoiceReader reader;
    private final ObjectProvider<SharedInvoiceLinks> links;
    private final InvoicePdf pdf;

    SharedInvoiceController(InvoiceReader reader, ObjectProvider<SharedInvoiceLinks> links, InvoicePdf pdf) {
        this.reader = reader;
        this.links = links;
        this.pdf = pdf;
    }

    @GetMapping("/v1/shared/invoices/{id}")
    public ResponseEntity<byte[]> shared(@PathVariable("id") String id,
                                         @RequestParam(name = "lang", required = false) String lang,
                                         @RequestParam(name = "expires", required = false) Long expires,
                                         @RequestParam(name = "sig", required = false) String signature) {
        SharedInvoiceLinks verifier = links.getIfAvailable();
        String language = lang == null ? "en" : lang;
        if (verifier == null || expires == null || signature == null
                || !verifier.verify(id, language, expires, signature)) {
            throw ApiException.notFound("invoice", id);
        }
        InvoiceDetail found = reader.find(id).orElseThrow(() -> ApiException.notFound("invoice", id));
        Language chosen = Language.of(language);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(InvoiceController.fileName(found.document(), chosen)).build().toString())
                .body(pdf.render(InvoiceController.withCopy(found.document(), 0), chosen));
    }
}
