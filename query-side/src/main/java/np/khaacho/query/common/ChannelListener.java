package np.khaacho.query.common;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Listens on a connection of its own for what any instance of the application sends on one of
 * PostgreSQL's notification channels, and hands what arrives together to {@link #arrived}. When the
 * connection fails (PostgreSQL restarting), it connects again after a second; what was sent while it
 * was away does not arrive, and each listener says what stands in for it.
 */
public abstract class ChannelListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final String channel;
    private volatile boolean running;
    private Thread thread;

    protected ChannelListener(DataSource dataSource, String channel) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        this.dataSource = dataSource;
        this.channel = channel;
    }

    /**
     * Sends the payload on the channel to every instance's listeners. Inside a transaction it goes out when
     * the transaction commits, and not at all if it rolls back; outside one, at once.
     */
    public static void send(JdbcTemplate jdbc, String channel, String payload) {
        jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, channel, payload);
    }

    /** The payloads that arrived together, in the order they were sent. */
    protected abstract void arrived(List<String> payloads);

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, channel + "-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                if (warned) {
                    log.info("listening on {} again", channel);
                    warned = false;
                }
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    hand(notices.getNotifications(WAIT_MILLIS));
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!warned) {
                    log.warn("cannot listen on {} ({}); trying again every second", channel, e.toString());
                    warned = true;
                }
                pause();
            }
        }
    }

    private void hand(PGNotification[] notifications) {
        if (notifications == null || notifications.length == 0) {
            return;
        }
        try {
            arrived(Arrays.stream(notifications).map(PGNotification::getParameter).toList());
        } catch (RuntimeException e) {
            log.warn("what arrived on {} was not handled: {}", channel, e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
