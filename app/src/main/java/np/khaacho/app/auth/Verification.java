package np.khaacho.app.auth;

import np.khaacho.kernel.api.ApiException;

/**
 * What a login or refresh try came to: a session, or the refusal to throw once the transaction that
 * counted the try has committed.
 */
record Verification(Sessions.Session session, ApiException refusal) {

    static Verification accepted(Sessions.Session session) {
        return new Verification(session, null);
    }

    static Verification refused(ApiException refusal) {
        return new Verification(null, refusal);
    }
}
