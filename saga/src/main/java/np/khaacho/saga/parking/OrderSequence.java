package np.khaacho.saga.parking;

import np.khaacho.kernel.order.OrderId;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order an event belongs to, as the order's saga associates it: the event's {@code orderId}. Every
 * event the saga handles carries one (an order's own events, and the credit and stock events its
 * commands cause); an event without one is not an order's and is never parked.
 */
final class OrderSequence {

    private static final Map<Class<?>, Optional<RecordComponent>> ORDER_ID = new ConcurrentHashMap<>();

    private OrderSequence() {
    }

    /** The order's id, or null for an event that names no order. */
    static String of(Object payload) {
        Optional<RecordComponent> component = ORDER_ID.computeIfAbsent(payload.getClass(), OrderSequence::orderIdOf);
        if (component.isEmpty()) {
            return null;
        }
        try {
            Object value = component.get().getAccessor().invoke(payload);
            return value instanceof OrderId orderId ? orderId.value() : null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the order of " + payload.getClass().getName(), e);
        }
    }

    private static Optional<RecordComponent> orderIdOf(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("orderId") && component.getType() == OrderId.class) {
                component.getAccessor().setAccessible(true);
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }
}
