package np.khaacho.query.statement;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.payment.StatementLinks;
import np.khaacho.kernel.query.Statements;
import np.khaacho.query.invoice.document.StatementPdf;
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

import java.util.Set;

/**
 * Monthly statements of account per vendor-buyer pair, by BS month (2082-08): a buyer reads its own, a
 * vendor those of its buyers, an admin any; the PDF also by a signed, expiring link from WhatsApp. A
 * month after this one has no statement yet.
 */
@RestController
@Tag(name = "Statements")
class StatementController {

    private static final Set<String> LANGUAGES = Set.of("en", "ne");

    private final StatementReader reader;
    private final StatementPdf pdf;
    private final ObjectProvider<StatementLinks> links;

    StatementController(StatementReader reader, StatementPdf pdf, ObjectProvider<StatementLinks> links) {
        this.reader = reader;
        this.pdf = pdf;
        this.links = links;
    }

    /** The month's statements the caller may read: a buyer's own, a vendor's buyers', an admin's all. */
    @GetMapping("/v1/statements")
    public ApiResponse<Statements> list(@RequestParam(name = "month", required = false) String month, Actor actor) {
        BsYearMonth period = month == null || month.isBlank() ? BsYearMonth.of(BsDate.today()) : month(month);
        if (actor.is(Role.BUYER)) {
            return ApiResponse.ok(reader.summaries(period, actor.userId(), null));
        }
        if (actor.is(Role.VENDOR)) {
            return ApiResponse.ok(reader.summaries(period, null, actor.userId()));
        }
        if (actor.is(Role.ADMIN)) {
            return ApiResponse.ok(reader.summaries(period, null, null));
        }
        throw ApiException.forbidden("statements are open to their buyer, their vendor and admins");
    }

    @GetMapping("/v1/statements/{vendorId}/{buyerId}/{month}")
    public ApiResponse<Statement> one(@PathVariable("vendorId") String vendorId, @PathVariable("buyerId") String buyerId,
                                      @PathVariable("month") String month, Actor actor) {
        allowed(vendorId, buyerId, actor);
        return ApiResponse.ok(found(vendorId, buyerId, month(month)));
    }

    @GetMapping("/v1/statements/{vendorId}/{buyerId}/{month}/pdf")
    public ResponseEntity<byte[]> print(@PathVariable("vendorId") String vendorId, @PathVariable("buyerId") String buyerId,
                                        @PathVariable("month") String month,
                                        @RequestParam(name = "lang", required = false) String lang, Actor actor) {
        allowed(vendorId, buyerId, actor);
        return document(found(vendorId, buyerId, month(month)), language(lang));
    }

    /** The PDF by the link a statement message carries; a link not signed, altered or expired is not found. */
    @GetMapping("/v1/shared/statements/{vendorId}/{buyerId}/{month}")
    public ResponseEntity<byte[]> shared(@PathVariable("vendorId") String vendorId, @PathVariable("buyerId") String buyerId,
                                         @PathVariable("month") String month,
                                         @RequestParam(name = "lang", required = false) String lang,
                                         @RequestParam(name = "expires", required = false) Long expires,
                                         @RequestParam(name = "sig", required = false) String signature) {
        StatementLinks verifier = links.getIfAvailable();
        String language = lang == null ? "en" : lang;
        BsYearMonth period;
        try {
            period = BsYearMonth.parse(month);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("statement", month);
        }
        if (verifier == null || expires == null || signature == null || !LANGUAGES.contains(language)
                || !verifier.verify(vendorId, buyerId, period, language, expires, signature)) {
            throw ApiException.notFound("statement", vendorId + "/" + buyerId + "/" + month);
        }
        return document(found(vendorId, buyerId, period), Language.of(language));
    }

    private Statement found(String vendorId, String buyerId, BsYearMonth month) {
        return reader.statement(vendorId, buyerId, month)
                .orElseThrow(() -> ApiException.notFound("statement", vendorId + "/" + buyerId + "/" + month));
    }

    private ResponseEntity<byte[]> document(Statement statement, Language language) {
        String name = "statement-" + statement.month() + "-" + statement.buyer().id() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(pdf.render(statement, language));
    }

    private static void allowed(String vendorId, String buyerId, Actor actor) {
        boolean own = actor.is(Role.ADMIN) || (actor.is(Role.BUYER) && actor.userId().equals(buyerId))
                || (actor.is(Role.VENDOR) && actor.userId().equals(vendorId));
        if (!own) {
            throw ApiException.forbidden("a statement is open to its buyer, its vendor and admins");
        }
    }

    private static BsYearMonth month(String text) {
        BsYearMonth month;
        try {
            month = BsYearMonth.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("month must be a BS month, yyyy-mm (e.g. 2082-08)");
        }
        if (month.compareTo(BsYearMonth.of(BsDate.today())) > 0) {
            throw ApiException.invalid("month " + month + " has not begun: it has no statement yet");
        }
        return month;
    }

    private static Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return Language.EN;
        }
        if (!LANGUAGES.contains(lang)) {
            throw ApiException.invalid("lang must be en or ne");
        }
        return Language.of(lang);
    }
}
