package np.khaacho.app.invoice;

import np.khaacho.app.support.fuzz.EndpointFamily;
import np.khaacho.app.support.fuzz.FuzzTest;
import org.junit.jupiter.api.Test;

/** Hostile requests to invoices, credit notes, the books and the shared links: refused with the error body, nothing changed. */
class InvoicesFuzzTest extends FuzzTest {

    @Test
    void everyInvoiceEndpointAnswersHostileInputWithAClientErrorAndChangesNothing() throws Exception {
        fuzz(EndpointFamily.INVOICES);
    }
}
