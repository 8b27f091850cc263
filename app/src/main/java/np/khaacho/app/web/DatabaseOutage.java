package np.khaacho.app.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * A failure that says PostgreSQL cannot be reached now (down, restarting, or no connection free within
 * the pool's timeout). Such a request changed nothing and is answered 503 with a Retry-After, so that
 * clients, and Twilio for webhooks, send it again instead of taking it as refused.
 */
final class DatabaseOutage {

    /** Seconds a client should wait before sending the request again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseOutage() {
    }

    /** Whether the failure, or any of its causes, is the database being out of reach. */
    static boolean isIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (is(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this very failure (not its causes) is the database being out of reach. */
    private static boolean is(Throwable t) {
        if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        // 08: connection exceptions; 57P01-57P03: the server shutting down, crashed, or starting up
        return t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }
}
