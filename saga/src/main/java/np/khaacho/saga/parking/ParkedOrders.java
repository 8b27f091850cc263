package np.khaacho.saga.parking;

import np.khaacho.kernel.admin.ParkedSagaEventsRetried;
import np.khaacho.kernel.admin.RetryParkedSagaEvents;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.saga.fulfilment.OrderFulfilmentSaga;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * Orders whose saga failed on one of their events, parked so that every other order moves on.
 *
 * <p>Axon has no dead-letter queue for sagas, because a saga's associations may change from event to
 * event. The order's saga associates every event by the order's id alone, so an order is a sequence
 * like an aggregate in a projection, and its events are parked in the processing group's queue
 * ({@code axon.dead_letter_entry}, where admins see every dead letter with its cause):
 * <ul>
 *     <li>An event whose handling fails for a reason of its own (not the database being away, nor a
 *     write lost to another instance: those are retried by the processor) is rolled back with
 *     everything its handler did, then parked, and the segment's token moves past it in the same
 *     transaction.</li>
 *     <li>A later event of a parked order is parked behind it, to keep the order's events in order.</li>
 *     <li>Once the cause is fixed, an admin retries: the parked events are handled one by one, in order,
 *     each in one transaction with its removal from the queue. An event that fails again stays, with its
 *     new cause, and so do the ones behind it.</li>
 * </ul>
 * An event parked behind another and the retry of that order take the same lock, so none is handled out
 * of order nor left behind when a retry empties the queue.
 */
@Component
public class ParkedOrders {

    /** The processing group of the orders' sagas: Axon names it after the saga's class. */
    public static final String GROUP = "OrderFulfilmentSagaProcessor";

    private static final Logger log = LoggerFactory.getLogger(ParkedOrders.class);
    /** Where a tracking processor keeps, in a unit of work, the segment and the token it works on. */
    private static final String SEGMENT_RESOURCE = "Processor[" + GROUP + "]/SegmentId";
    private static final String TOKEN_RESOURCE = "Processor[" + GROUP + "]/Token";
    /**
     * For so long after the queue was found empty, an event is not looked up in it. A segment moves to
     * another instance only seconds after it was let go, so an order parked by one instance is never
     * missed by the next owner of its segment.
     */
    private static final long EMPTY_FOR_NANOS = Duration.ofMillis(500).toNanos();
    private static final int MAX_ORDERS_PER_RETRY = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<Configuration> axon;
    private final ThreadLocal<Failure> lastFailure = new ThreadLocal<>();
    private volatile long seenEmptyAt;
    private volatile boolean seenEmpty;

    ParkedOrders(JdbcTemplate jdbc, ObjectProvider<Configuration> axon) {
        this.jdbc = jdbc;
        this.axon = axon;
    }

    /** The event that failed in a processor's unit of work, with the place its segment had reached. */
    private record Failure(EventMessage<?> event, String orderId, Integer segment, TrackingToken token) {
    }


    /**
     * Runs around each event of the saga's processor: parks an event of an order already parked, and
     * notes a failing event for {@link #errorHandler()}, which runs once its unit of work is rolled back.
     */
    MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            lastFailure.remove();
            EventMessage<?> event = unitOfWork.getMessage();
            String orderId = OrderSequence.of(event.getPayload());
            if (orderId != null && parkedBehind(orderId, event, unitOfWork.getResource(SEGMENT_RESOURCE))) {
                return null;
            }
            try {
                return chain.proceed();
            } catch (Exception e) {
                if (orderId != null) {
                    lastFailure.set(new Failure(event, orderId, unitOfWork.getResource(SEGMENT_RESOURCE),
                            unitOfWork.getResource(TOKEN_RESOURCE)));
                }
                throw e;
            }
        };
    }

    /**
     * The saga processor's error handler: parks the order of an event that failed for a reason of its
     * own, and moves the segment past it; any other failure goes back to the processor, which retries.
     */
    ErrorHandler errorHandler() {
        return context -> {
            Failure failure = lastFailure.get();
            lastFailure.remove();
            if (failure == null || failure.segment() == null || failure.token() == null
                    || context.failedEvents().size() != 1
                    || !context.failedEvents().get(0).getIdentifier().equals(failure.event().getIdentifier())
                    || PassingFailures.isPassing(context.error())) {
                PropagatingErrorHandler.instance().handleError(context);
                return;
            }
            park(failure, context);
        };
    }

    private void park(Failure failure, ErrorContext context) throws Exception {
        try {
            transactions().executeInTransaction(() -> {
                queue().enqueue(failure.orderId(), new GenericDeadLetter<>(failure.orderId(), failure.event(),
                        context.error()));
                axon.getObject().eventProcessingConfiguration().tokenStore(GROUP)
                        .storeToken(failure.token(), GROUP, failure.segment());
            });
        } catch (RuntimeException parkingFailed) {
            context.error().addSuppressed(parkingFailed);
            PropagatingErrorHandler.instance().handleError(context);
            return;
        }
        seenEmpty = false;
        log.warn("The saga of order {} failed on {} and the order is parked until an admin retries it: {}",
                failure.orderId(), failure.event().getPayloadType().getSimpleName(), context.error().toString());
    }

    /**
     * Parks the event behind the order's parked ones, where the order has some and its saga is handled in
     * this segment (every segment reads every event; the saga's own segment is the one that handles it).
     */
    private boolean parkedBehind(String orderId, EventMessage<?> event, Integer segmentId) {
        if (!anyParked()) {
            return false;
        }
        lock(orderId);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue();
        if (!queue.contains(orderId) || !sagaHandledIn(segmentId, orderId)) {
            return false;
        }
        queue.enqueue(orderId, new GenericDeadLetter<>(orderId, event));
        log.info("{} of parked order {} is parked behind its earlier events", event.getPayloadType().getSimpleName(),
                orderId);
        return true;
    }

    private boolean sagaHandledIn(Integer segmentId, String orderId) {
        if (segmentId == null) {
            return true;
        }
        int[] segments = axon.getObject().eventProcessingConfiguration().tokenStore(GROUP).fetchSegments(GROUP);
        Segment segment = Segment.computeSegment(segmentId, segments);
        return jdbc.queryForList("""
                SELECT sagaid FROM axon.association_value_entry
                WHERE sagatype = ? AND associationkey = 'orderId' AND associationvalue = ?""", String.class,
                OrderFulfilmentSaga.class.getName(), orderId).stream().anyMatch(segment::matches);
    }

    private boolean anyParked() {
        long now = System.nanoTime();
        if (seenEmpty && now - seenEmptyAt < EMPTY_FOR_NANOS) {
            return false;
        }
        Boolean any = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM axon.dead_letter_entry WHERE processinggroup = ?)", Boolean.class, GROUP);
        if (!Boolean.TRUE.equals(any)) {
            seenEmptyAt = now;
            seenEmpty = true;
            return false;
        }
        return true;
    }

    /**
     * An admin's retry of every parked order, oldest first (the admin's dead-letter endpoint sends it for
     * this group). Another group's parked events are not this saga's: refused as unknown.
     */
    @CommandHandler
    public ParkedSagaEventsRetried handle(RetryParkedSagaEvents command) {
        if (!GROUP.equals(command.processingGroup())) {
            throw ApiException.notFound("parked saga events of processing group", command.processingGroup());
        }
        return retryAll();
    }

    /** Retries every parked order, oldest first. */
    public ParkedSagaEventsRetried retryAll() {
        List<String> orders = jdbc.queryForList("""
                SELECT sequenceidentifier FROM axon.dead_letter_entry WHERE processinggroup = ?
                GROUP BY sequenceidentifier ORDER BY min(enqueuedat) LIMIT ?""", String.class, GROUP,
                MAX_ORDERS_PER_RETRY);
        int released = 0;
        for (String orderId : orders) {
            if (retry(orderId)) {
                released++;
            }
        }
        Long left = jdbc.queryForObject(
                "SELECT count(DISTINCT sequenceidentifier) FROM axon.dead_letter_entry WHERE processinggroup = ?",
                Long.class, GROUP);
        return new ParkedSagaEventsRetried(orders.size(), released, left == null ? 0 : left);
    }

    /**
     * Handles the order's parked events in order, each in its own transaction; stops at one that fails
     * again. True when the order has no parked event left.
     */
    public boolean retry(String orderId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue();
        while (true) {
            Iterator<DeadLetter<? extends EventMessage<?>>> letters = queue.deadLetterSequence(orderId).iterator();
            if (!letters.hasNext()) {
                return true;
            }
            DeadLetter<? extends EventMessage<?>> letter = letters.next();
            Throwable failure = handle(orderId, letter);
            if (failure != null) {
                queue.requeue(letter, parked -> parked.withCause(failure));
                log.warn("Parked order {} failed again on {}: {}", orderId,
                        letter.message().getPayloadType().getSimpleName(), failure.toString());
                return false;
            }
        }
    }

    /** Handles one parked event and takes it out of the queue, in one transaction; the failure, or null. */
    private Throwable handle(String orderId, DeadLetter<? extends EventMessage<?>> letter) {
        Configuration configuration = axon.getObject();
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = new DefaultUnitOfWork<>(letter.message());
        unitOfWork.attachTransaction(transactions());
        configuration.correlationDataProviders().forEach(unitOfWork::registerCorrelationDataProvider);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            lock(orderId);
            if (!stillParked(letter)) {
                return null;
            }
            configuration.eventProcessingConfiguration().sagaConfiguration(OrderFulfilmentSaga.class).manager()
                    .handle(letter.message(), Segment.ROOT_SEGMENT);
            queue().evict(letter);
            return null;
        });
        return result.isExceptional() ? result.exceptionResult() : null;
    }

    /** False once another retry has handled the letter (it then waited for this order's lock). */
    private boolean stillParked(DeadLetter<? extends EventMessage<?>> letter) {
        if (!(letter instanceof JdbcDeadLetter<?> stored)) {
            return true;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM axon.dead_letter_entry WHERE deadletteridentifier = ?)", Boolean.class,
                stored.getIdentifier()));
    }

    /** Held until the transaction ends: an order's parking and its retry never interleave. */
    private void lock(String orderId) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> null, "parked-order:" + orderId);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue() {
        return axon.getObject().eventProcessingConfiguration().deadLetterQueue(GROUP).orElseThrow(() ->
                new IllegalStateException("the processing group " + GROUP + " has no dead-letter queue"));
    }

    private TransactionManager transactions() {
        return axon.getObject().eventProcessingConfiguration().transactionManager(GROUP);
    }
}
