package np.khaacho.query.invoice.books;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A vendor's monthly sales book (JSON, CSV, Excel) and VAT summary from either source, and the sources compared. */
@RestController
@RequestMapping("/v1/invoices/books")
@Tag(name = "Tax invoices")
class SalesBookController {

    private final SalesBooks books;

    SalesBookController(SalesBooks books) {
        this.books = books;
    }

    @GetMapping("/sales")
    public ResponseEntity<?> sales(@RequestParam(name = "vendorId", required = false) String vendorId,
                                   @RequestParam(name = "month", required = false) String month,
                                   @RequestParam(name = "format", required = false) String format,
                                   @RequestParam(name = "source", required = false) String source, Actor actor) {
        String vendor = BookAccess.vendorFor(actor, vendorId);
        BookMonth bookMonth = BookMonth.parse(month);
        BookFormat chosen = BookFormat.of(format);
        SalesBook book = books.book(vendor, bookMonth, BookSource.of(source));
        if (chosen == BookFormat.JSON) {
            return ResponseEntity.ok(ApiResponse.ok(book));
        }
        byte[] file = chosen == BookFormat.CSV ? SalesBookCsv.write(book) : SalesBookWorkbook.write(book);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(book.fileName(chosen.extension())).build().toString())
                .body(file);
    }

    @GetMapping("/vat-summary")
    public ApiResponse<VatSummary> vatSummary(@RequestParam(name = "vendorId", required = false) String vendorId,
                                              @RequestParam(name = "month", required = false) String month,
                                              @RequestParam(name = "source", required = false) String source,
                                              Actor actor) {
        String vendor = BookAccess.vendorFor(actor, vendorId);
        return ApiResponse.ok(books.vatSummary(vendor, BookMonth.parse(month), BookSource.of(source)));
    }

    /** The book from the read model beside the one rebuilt from the events, and every difference between them. */
    @GetMapping("/sales/comparison")
    public ApiResponse<BookComparison> comparison(@RequestParam(name = "vendorId", required = false) String vendorId,
                                                  @RequestParam(name = "month", required = false) String month,
                                                  Actor actor) {
        String vendor = BookAccess.vendorFor(actor, vendorId);
        return ApiResponse.ok(books.compare(vendor, BookMonth.parse(month)));
    }
}
