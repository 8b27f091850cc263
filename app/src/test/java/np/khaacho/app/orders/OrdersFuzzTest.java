package np.khaacho.app.orders;

import np.khaacho.app.support.fuzz.EndpointFamily;
import np.khaacho.app.support.fuzz.FuzzTest;
import org.junit.jupiter.api.Test;

/** Hostile requests to the orders and the vendor inbox: refused with the error body, nothing changed. */
class OrdersFuzzTest extends FuzzTest {

    @Test
    void everyOrderEndpointAnswersHostileInputWithAClientErrorAndChangesNothing() throws Exception {
        fuzz(EndpointFamily.ORDERS);
    }
}
