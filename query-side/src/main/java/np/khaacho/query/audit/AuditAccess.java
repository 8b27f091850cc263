package np.khaacho.query.audit;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;

/** The audit trail is open to auditors and admins only: it shows every party's data and who did what. */
final class AuditAccess {

    private AuditAccess() {
    }

    static void requireAuditor(Actor actor) {
        if (!actor.is(Role.AUDITOR) && !actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("the audit trail is open to auditors and admins only");
        }
    }
}
