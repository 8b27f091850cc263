package np.khaacho.app.ai;

import np.khaacho.app.support.fuzz.EndpointFamily;
import np.khaacho.app.support.fuzz.FuzzTest;
import org.junit.jupiter.api.Test;

/** Hostile requests to the parsing endpoints (text and images): refused with the error body, nothing changed. */
class AiFuzzTest extends FuzzTest {

    @Test
    void everyParsingEndpointAnswersHostileInputWithAClientErrorAndChangesNothing() throws Exception {
        fuzz(EndpointFamily.AI);
    }
}
