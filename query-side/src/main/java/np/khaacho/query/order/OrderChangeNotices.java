package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.query.common.ChannelListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Announces that an order changed to every instance of the application, through PostgreSQL's
 * notifications: sent inside the projection's transaction, they reach the listeners only once it
 * commits, and not at all if it rolls back. Each instance's {@link OrderChangeListener} tells its own
 * subscribers, wherever the projection that wrote the change runs.
 */
@Component
class OrderChangeNotices {

    static final String CHANNEL = "khaacho_order_changes";
    private static final String INBOX_CHANGED = "|inbox";

    private final JdbcTemplate jdbc;

    OrderChangeNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void announce(OrderId orderId, boolean inboxChanged) {
        ChannelListener.send(jdbc, CHANNEL, orderId.value() + (inboxChanged ? INBOX_CHANGED : ""));
    }

    /** The order a notice names, and whether its vendor's inbox changed with it. */
    record Notice(OrderId orderId, boolean inboxChanged) {

        static Notice of(String payload) {
            boolean inbox = payload.endsWith(INBOX_CHANGED);
            return new Notice(OrderId.of(inbox ? payload.substring(0, payload.length() - INBOX_CHANGED.length())
                    : payload), inbox);
        }
    }
}
