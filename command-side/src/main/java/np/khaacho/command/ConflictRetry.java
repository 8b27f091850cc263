package np.khaacho.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Sends a command again when its events collided with another instance's on the event store's unique
 * key (a cached aggregate that another instance had changed meanwhile, or two instances creating the
 * same aggregate). The failed attempt rolled back and dropped its cached aggregate, so the next one
 * loads afresh and decides again; a person never sees the collision. Any other failure is final.
 * <p>
 * Only a command that is its own transaction is sent again here. One sent inside a wider unit of
 * work (a saga's step) or a caller's transaction fails with it: the whole is retried (the saga's
 * event by its processor), never the command alone on top of a transaction that has failed.
 */
public final class ConflictRetry implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    private final int maxRetries;

    public ConflictRetry(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (!isConflict(lastFailure) || failures.size() > maxRetries || CurrentUnitOfWork.isStarted()
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        log.info("sending {} again: its events collided with another writer's ({} of {} tries)",
                commandMessage.getCommandName(), failures.size() + 1, maxRetries + 1);
        dispatchTask.run();
        return true;
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
