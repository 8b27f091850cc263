package np.khaacho.saga;

import np.khaacho.kernel.order.OrderEventFolds;
import np.khaacho.saga.fulfilment.OrderFulfilmentSaga;
import np.khaacho.saga.notification.NotificationDispatcher;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.junit.jupiter.api.Test;

class FoldsEveryOrderEventTest {

    @Test
    void theNotificationsFoldEveryOrderEventOrSayWhyNot() {
        OrderEventFolds.assertFoldsEveryOrderEvent(NotificationDispatcher.class, EventHandler.class);
    }

    @Test
    void theFulfilmentSagaFoldsEveryOrderEventOrSaysWhyNot() {
        OrderEventFolds.assertFoldsEveryOrderEvent(OrderFulfilmentSaga.class, SagaEventHandler.class);
    }
}
