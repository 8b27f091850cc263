package np.khaacho.query.admin;

import jakarta.annotation.PreDestroy;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.query.common.ChannelListener;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Replays a projection on every instance of the application at once. Its tokens can be reset only while
 * no instance holds any of its segments: the instance asked to replay tells every other one to stop that
 * projection (a notice on {@link #CHANNEL}), stops it itself, resets the tokens once the others have let
 * go of their segments, starts it again and tells the others to start it too; they then take their share
 * of the segments and replay with it. An instance that stopped a projection and never heard that it may
 * start it again (its listener was away, or the instance that asked died) starts it by itself after
 * {@code khaacho.replays.restart-after}.
 */
@Component
class ProjectionReplays extends ChannelListener {

    static final String CHANNEL = "khaacho_projection_replays";
    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);
    private static final String STOP = "stop";
    private static final String START = "start";

    /** This instance, in its notices: it acts on the others' notices only. */
    private final String instance = UUID.randomUUID().toString();
    private final Projections projections;
    private final ReplayTracker replays;
    private final JdbcTemplate jdbc;
    /** How long the others may take to let go of their segments: a dead instance's claims run out in the token store's claim timeout. */
    private final Duration letGoWithin;
    private final Duration restartAfter;
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "projection-restarts");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionReplays(DataSource dataSource, Projections projections, ReplayTracker replays, JdbcTemplate jdbc,
                      @Value("${axon.eventhandling.tokenstore.claim-timeout:PT10S}") Duration claimTimeout,
                      @Value("${khaacho.replays.restart-after:PT60S}") Duration restartAfter) {
        super(dataSource, CHANNEL);
        this.projections = projections;
        this.replays = replays;
        this.jdbc = jdbc;
        this.letGoWithin = claimTimeout.plusSeconds(5);
        this.restartAfter = restartAfter;
    }

    /**
     * Rebuilds the projection from the first event, on every instance; answers the head it replays to.
     * When another instance keeps a segment beyond {@link #letGoWithin}, nothing is reset, the projection
     * runs on as before, and the admin is told to try again.
     */
    long replay(String name, StreamingEventProcessor processor) {
        long head = projections.head();
        announce(STOP, name, head);
        processor.shutDown();
        Instant giveUpAt = Instant.now().plus(letGoWithin);
        while (true) {
            try {
                processor.resetTokens();
                break;
            } catch (UnableToClaimTokenException held) {
                if (Instant.now().isAfter(giveUpAt)) {
                    processor.start();
                    announce(START, name, -1);
                    throw new ApiException(ErrorCode.CONFLICT, "another instance still holds a segment of " + name
                            + " after " + letGoWithin.toSeconds() + " s; nothing was reset, try again");
                }
                pause(100);
            }
        }
        replays.begin(name, head);
        processor.start();
        announce(START, name, head);
        return head;
    }

    @Override
    protected void arrived(List<String> payloads) {
        for (String payload : payloads) {
            Notice notice = Notice.of(payload);
            if (notice.from().equals(instance)) {
                continue;
            }
            projections.named(notice.projection()).ifPresent(processor -> {
                if (notice.action().equals(STOP)) {
                    log.info("stopping {} for a replay another instance runs", notice.projection());
                    processor.shutDown();
                    restarts.schedule(() -> startIfStopped(notice.projection(), processor), restartAfter.toMillis(),
                            TimeUnit.MILLISECONDS);
                } else {
                    if (notice.head() >= 0) {
                        replays.begin(notice.projection(), notice.head());
                    }
                    startIfStopped(notice.projection(), processor);
                }
            });
        }
    }

    private void startIfStopped(String name, StreamingEventProcessor processor) {
        if (!processor.isRunning()) {
            log.info("starting {} again", name);
            processor.start();
        }
    }

    private void announce(String action, String projection, long head) {
        send(jdbc, CHANNEL, String.join("|", action, instance, projection, Long.toString(head)));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for other instances", e);
        }
    }

    @PreDestroy
    void shutDownRestarts() {
        restarts.shutdownNow();
    }

    /** What an instance asks the others: stop or start a projection; the head a replay goes to, or -1. */
    record Notice(String action, String from, String projection, long head) {

        static Notice of(String payload) {
            String[] parts = payload.split("\\|", 4);
            if (parts.length != 4) {
                throw new IllegalArgumentException("not a replay notice: " + payload);
            }
            return new Notice(parts[0], parts[1], parts[2], Long.parseLong(parts[3]));
        }
    }
}
