package np.khaacho.command;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends a command again when its events collided with another instance's on the event store's unique
 * key (a cached aggregate that another instance had changed meanwhile, or two instances creating the
 * same aggregate). The failed attempt rolled back and dropped its cached aggregate, so the next one
 * loads afresh and decides again; a person never sees the collision. Any other failure is final.
 * <p>
 * Each try waits a random moment first, longer with each collision, so that writers racing on one
 * aggregate from several instances spread out instead of colliding again in step.
 * <p>
 * Only a command that is its own transaction is sent again here. One sent inside a wider unit of
 * work (a saga's step) or a caller's transaction fails with it: the whole is retried (the saga's
 * event by its processor), never the command alone on top of a transaction that has failed.
 */
public final class ConflictRetry implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    private static final long LONGEST_PAUSE_MILLIS = 200;

    /** How often a command, or a caller's transaction, is sent again after colliding. */
    public static final int MAX_RETRIES = 8;

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
        if (!pauseBefore(failures.size())) {
            return false;
        }
        dispatchTask.run();
        return true;
    }

    /**
     * Runs a caller's own transaction (claiming a key and sending a command in it, say), and runs it again
     * on a collision, with the same pauses and at most as often as a command alone is sent again.
     */
    public static <T> T retrying(Supplier<T> transaction) {
        for (int collisions = 0; ; collisions++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (collisions >= MAX_RETRIES || !isConflict(e) || !pauseBefore(collisions)) {
                    throw e;
                }
            }
        }
    }

    /** Waits up to 10, 20, 40 … 200 ms, at random, before the given try; false when interrupted. */
    private static boolean pauseBefore(int collisions) {
        long longest = Math.min(LONGEST_PAUSE_MILLIS, 5L << Math.min(collisions, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(longest + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the failure is a collision with another writer on the event store (worth trying again). */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // the first event of an aggregate two writers created at once fails as the stream's creation
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
