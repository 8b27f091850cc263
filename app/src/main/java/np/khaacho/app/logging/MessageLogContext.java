package np.khaacho.app.logging;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.MDC;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What every log line written while a command, event or query is handled says about it, in the MDC:
 * {@code correlationId} (the first message of its chain: an HTTP request's, a WhatsApp message's, or
 * the message's own), {@code causationId} (the message that caused it), {@code orderId} when it is about
 * an order, and {@code messageType} (its payload's type). Commands dispatched outside any handler (from an
 * HTTP request, a WhatsApp worker) take the correlation id the caller put in the MDC ({@link LogContext}),
 * so the whole chain shares one.
 */
public final class MessageLogContext implements MessageHandlerInterceptor<Message<?>>,
        MessageDispatchInterceptor<Message<?>> {

    /** Axon's {@code MessageOriginProvider} keys: the root of the chain, and the direct cause. */
    static final String TRACE_KEY = "traceId";
    static final String CORRELATION_KEY = "correlationId";

    private static final Map<Class<?>, Optional<Method>> ORDER_ID_ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        Map<String, String> previous = MDC.getCopyOfContextMap();
        try {
            Object root = message.getMetaData().get(TRACE_KEY);
            Object cause = message.getMetaData().get(CORRELATION_KEY);
            MDC.put(LogContext.CORRELATION_ID, root == null ? message.getIdentifier() : root.toString());
            if (cause != null) {
                MDC.put(LogContext.CAUSATION_ID, cause.toString());
            }
            orderIdOf(message).ifPresent(orderId -> MDC.put(LogContext.ORDER_ID, orderId));
            MDC.put(LogContext.MESSAGE, message.getPayloadType().getSimpleName());
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.clear();
            } else {
                MDC.setContextMap(previous);
            }
        }
    }

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        return (index, message) -> {
            String correlation = MDC.get(LogContext.CORRELATION_ID);
            if (correlation == null || message.getMetaData().containsKey(TRACE_KEY)) {
                return message;
            }
            Map<String, Object> origin = new HashMap<>();
            origin.put(TRACE_KEY, correlation);
            origin.put(CORRELATION_KEY, correlation);
            return message.andMetaData(origin);
        };
    }

    /** The order a message is about: an order aggregate's event, or a payload with an {@code orderId()}. */
    static Optional<String> orderIdOf(Message<?> message) {
        if (message instanceof DomainEventMessage<?> event && "Order".equals(event.getType())) {
            return Optional.of(event.getAggregateIdentifier());
        }
        Object payload = message.getPayload();
        if (payload == null) {
            return Optional.empty();
        }
        return ORDER_ID_ACCESSORS.computeIfAbsent(payload.getClass(), MessageLogContext::orderIdAccessor)
                .flatMap(accessor -> {
                    try {
                        return Optional.ofNullable(accessor.invoke(payload)).map(Object::toString);
                    } catch (ReflectiveOperationException e) {
                        return Optional.empty();
                    }
                });
    }

    private static Optional<Method> orderIdAccessor(Class<?> type) {
        try {
            Method accessor = type.getMethod("orderId");
            return accessor.getParameterCount() == 0 ? Optional.of(accessor) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
