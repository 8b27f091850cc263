package np.khaacho.query.order;

import np.khaacho.kernel.order.OrderEventFolds;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;

class FoldsEveryOrderEventTest {

    @Test
    void theOrderProjectionFoldsEveryOrderEventOrSaysWhyNot() {
        OrderEventFolds.assertFoldsEveryOrderEvent(OrderProjection.class, EventHandler.class);
    }
}
