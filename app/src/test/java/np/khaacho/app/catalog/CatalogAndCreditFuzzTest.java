package np.khaacho.app.catalog;

import np.khaacho.app.support.fuzz.EndpointFamily;
import np.khaacho.app.support.fuzz.FuzzTest;
import org.junit.jupiter.api.Test;

/** Hostile requests to products, stock, buyers' credit and payments: refused with the error body, nothing changed. */
class CatalogAndCreditFuzzTest extends FuzzTest {

    @Test
    void everyCatalogAndCreditEndpointAnswersHostileInputWithAClientErrorAndChangesNothing() throws Exception {
        fuzz(EndpointFamily.CATALOG_AND_CREDIT);
    }
}
