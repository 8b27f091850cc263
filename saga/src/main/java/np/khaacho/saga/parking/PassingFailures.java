package np.khaacho.saga.parking;

import org.axonframework.common.AxonTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Failures that say nothing about the event: the database gone or busy, a lock or a write lost to
 * another instance, the processor losing its segment, a shutdown. Handling the event again later
 * succeeds, so such an event is retried by its processor rather than parked.
 */
final class PassingFailures {

    /**
     * SQL state classes of passing failures: connection (08), transaction rollback such as serialization
     * or deadlock (40), insufficient resources (53), operator intervention such as a shutdown (57),
     * system error (58).
     */
    private static final Set<String> PASSING_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57", "58");

    private PassingFailures() {
    }

    static boolean isPassing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException || cause instanceof InterruptedException
                    || cause instanceof AxonTransientException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && PASSING_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
