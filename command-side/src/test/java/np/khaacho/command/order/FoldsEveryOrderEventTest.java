package np.khaacho.command.order;

import np.khaacho.kernel.order.OrderEvent;
import np.khaacho.kernel.order.OrderEventFolds;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldsEveryOrderEventTest {

    @Test
    void theOrderSourcesItselfFromEveryOrderEventOrSaysWhyNot() {
        OrderEventFolds.assertFoldsEveryOrderEvent(Order.class, EventSourcingHandler.class);
    }

    /** An event the order applies outside the family would escape every fold's check. */
    @Test
    void theOrderSourcesItselfFromOrderEventsAlone() {
        assertThat(OrderEventFolds.handledPayloads(Order.class, EventSourcingHandler.class))
                .allMatch(OrderEvent.class::isAssignableFrom);
    }
}
