package np.khaacho.query.invoice.books;

import org.springframework.stereotype.Service;

/** Builds a vendor's monthly sales book and VAT summary from the source asked for, and compares the two sources. */
@Service
public class SalesBooks {

    private final ProjectedSales projected;
    private final ReplayedSales replayed;

    SalesBooks(ProjectedSales projected, ReplayedSales replayed) {
        this.projected = projected;
        this.replayed = replayed;
    }

    public SalesBook book(String vendorId, BookMonth month, BookSource source) {
        return SalesBook.of(vendorId, month, source, switch (source) {
            case PROJECTION -> projected.of(vendorId, month);
            case REPLAY -> replayed.of(vendorId, month);
        });
    }

    public VatSummary vatSummary(String vendorId, BookMonth month, BookSource source) {
        return VatSummary.of(book(vendorId, month, source));
    }

    public BookComparison compare(String vendorId, BookMonth month) {
        return BookComparison.of(book(vendorId, month, BookSource.PROJECTION), book(vendorId, month, BookSource.REPLAY));
    }
}
