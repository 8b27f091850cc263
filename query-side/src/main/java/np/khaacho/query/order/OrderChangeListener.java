package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Listens, on a connection of its own, for the order changes any instance announces
 * ({@link OrderChangeNotices}) and tells this instance's subscribers ({@link OrderUpdates}). The
 * notices that arrive together are told once per order. When the connection fails (PostgreSQL
 * restarting), it connects again after a second; a change committed while it was away is told with the
 * order's next change.
 */
@Component
class OrderChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OrderChangeListener.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final OrderUpdates updates;
    private volatile boolean running;
    private Thread thread;

    OrderChangeListener(DataSource dataSource, OrderUpdates updates) {
        this.dataSource = dataSource;
        this.updates = updates;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "order-change-listener");
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
                    statement.execute("LISTEN " + OrderChangeNotices.CHANNEL);
                }
                if (warned) {
                    log.info("listening for order changes again");
                    warned = false;
                }
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    tell(notices.getNotifications(WAIT_MILLIS));
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!warned) {
                    log.warn("cannot listen for order changes ({}); trying again every second", e.toString());
                    warned = true;
                }
                pause();
            }
        }
    }

    private void tell(PGNotification[] arrived) {
        if (arrived == null || arrived.length == 0) {
            return;
        }
        Map<OrderId, Boolean> changed = new LinkedHashMap<>();
        for (PGNotification notification : arrived) {
            OrderChangeNotices.Notice notice = OrderChangeNotices.Notice.of(notification.getParameter());
            changed.merge(notice.orderId(), notice.inboxChanged(), Boolean::logicalOr);
        }
        changed.forEach((orderId, inbox) -> {
            try {
                updates.tell(orderId, inbox);
            } catch (RuntimeException e) {
                log.warn("could not tell the subscribers of {}: {}", orderId, e.toString());
            }
        });
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
