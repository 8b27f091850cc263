package np.khaacho.app.audit;

import np.khaacho.app.support.fuzz.EndpointFamily;
import np.khaacho.app.support.fuzz.FuzzTest;
import org.junit.jupiter.api.Test;

/** Hostile requests to the admin, audit and analytics endpoints: refused with the error body, nothing changed. */
class AdminAndAuditFuzzTest extends FuzzTest {

    @Test
    void everyAdminAuditAndAnalyticsEndpointAnswersHostileInputWithAClientErrorAndChangesNothing() throws Exception {
        fuzz(EndpointFamily.ADMIN_AND_AUDIT);
    }
}
