package np.khaacho.app.auth;

import np.khaacho.app.support.fuzz.EndpointFamily;
import np.khaacho.app.support.fuzz.FuzzTest;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests to login, verification, refresh, logout and the caller's profile: refused with the
 * error body, nothing changed.
 */
class AuthFuzzTest extends FuzzTest {

    @Test
    void everyAuthEndpointAnswersHostileInputWithAClientErrorAndChangesNothing() throws Exception {
        fuzz(EndpointFamily.AUTH);
    }
}
