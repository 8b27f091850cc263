package np.khaacho.kernel.order;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every fold of order events that handles them through annotated methods is held to: for
 * every event {@link OrderEvent} permits, the fold has a handler or declares it ignored, with a reason
 * ({@link IgnoresOrderEvent}). Each module runs it next to its folds.
 */
public final class OrderEventFolds {

    private OrderEventFolds() {
    }

    /** Fails, naming each event, when the fold forgets an order event or declares ignored one it handles. */
    public static void assertFoldsEveryOrderEvent(Class<?> fold, Class<? extends Annotation> handlerAnnotation) {
        Set<Class<?>> handled = new LinkedHashSet<>();
        for (Class<?> payload : handledPayloads(fold, handlerAnnotation)) {
            if (payload == OrderEvent.class) {
                handled.addAll(permitted());
            } else if (OrderEvent.class.isAssignableFrom(payload)) {
                handled.add(payload);
            }
        }
        List<String> problems = new ArrayList<>();
        Set<Class<?>> ignored = new LinkedHashSet<>();
        for (IgnoresOrderEvent ignoring : fold.getAnnotationsByType(IgnoresOrderEvent.class)) {
            String name = ignoring.value().getSimpleName();
            if (!ignored.add(ignoring.value())) {
                problems.add(name + " is declared ignored twice");
            }
            if (handled.contains(ignoring.value())) {
                problems.add(name + " is handled, yet declared ignored");
            }
            if (ignoring.because().isBlank()) {
                problems.add(name + " is declared ignored without a reason");
            }
        }
        for (Class<?> event : permitted()) {
            if (!handled.contains(event) && !ignored.contains(event)) {
                problems.add(event.getSimpleName() + " is neither handled nor declared ignored: add a handler, or "
                        + "@IgnoresOrderEvent(value = " + event.getSimpleName() + ".class, because = \"...\")");
            }
        }
        assertThat(problems).as("%s folds every order event", fold.getSimpleName()).isEmpty();
    }

    /** The payload types (first parameters) of the fold's methods that carry the handler annotation. */
    public static Set<Class<?>> handledPayloads(Class<?> fold, Class<? extends Annotation> handlerAnnotation) {
        Set<Class<?>> payloads = new LinkedHashSet<>();
        for (Class<?> type = fold; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(handlerAnnotation) && method.getParameterCount() > 0) {
                    payloads.add(method.getParameterTypes()[0]);
                }
            }
        }
        return payloads;
    }

    /** Every order event there is. */
    public static List<Class<?>> permitted() {
        return List.of(OrderEvent.class.getPermittedSubclasses());
    }
}
