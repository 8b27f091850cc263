package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.query.common.ChannelListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Listens for the order changes any instance announces ({@link OrderChangeNotices}) and tells this
 * instance's subscribers ({@link OrderUpdates}). The notices that arrive together are told once per
 * order. A change committed while the listener was away (PostgreSQL restarting) is told with the
 * order's next change.
 */
@Component
class OrderChangeListener extends ChannelListener {

    private static final Logger log = LoggerFactory.getLogger(OrderChangeListener.class);

    private final OrderUpdates updates;

    OrderChangeListener(DataSource dataSource, OrderUpdates updates) {
        super(dataSource, OrderChangeNotices.CHANNEL);
        this.updates = updates;
    }

    @Override
    protected void arrived(List<String> payloads) {
        Map<OrderId, Boolean> changed = new LinkedHashMap<>();
        for (String payload : payloads) {
            OrderChangeNotices.Notice notice = OrderChangeNotices.Notice.of(payload);
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
}
