package np.khaacho.app.logging;

import np.khaacho.kernel.order.OrderId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a command or an event is handled, the log context names the chain's correlation id, the message
 * that caused it, the order it is about and the message's type; a command sent from a request carries the
 * request's correlation id on; afterwards the context is as it was.
 */
class MessageLogContextTest {

    private static final OrderId ORDER = OrderId.of("order-55555555-5555-5555-5555-555555555555");

    record ConfirmSomething(OrderId orderId) {
    }

    private final MessageLogContext context = new MessageLogContext();

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aCommandSentFromARequestIsHandledWithTheRequestsCorrelationAndItsOrder() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerHandlerInterceptor(context);
        bus.registerDispatchInterceptor(context);
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        bus.subscribe(ConfirmSomething.class.getName(), command -> {
            seen.set(new HashMap<>(MDC.getCopyOfContextMap()));
            return null;
        });
        MDC.put(LogContext.CORRELATION_ID, "request-7");

        DefaultCommandGateway.builder().commandBus(bus).build().sendAndWait(new ConfirmSomething(ORDER));

        assertThat(seen.get()).containsEntry(LogContext.CORRELATION_ID, "request-7")
                .containsEntry(LogContext.CAUSATION_ID, "request-7")
                .containsEntry(LogContext.ORDER_ID, ORDER.value())
                .containsEntry(LogContext.MESSAGE, "ConfirmSomething");
        assertThat(MDC.getCopyOfContextMap()).containsOnly(Map.entry(LogContext.CORRELATION_ID, "request-7"));
    }

    @Test
    void anOrdersEventIsHandledWithItsChainsCorrelationAndTheOrder() throws Exception {
        GenericDomainEventMessage<String> event = new GenericDomainEventMessage<>("Order", ORDER.value(), 3, "paid",
                Map.of("traceId", "SM0123", "correlationId", "command-9"));
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();

        DefaultUnitOfWork<GenericDomainEventMessage<String>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        context.handle(unitOfWork, () -> {
            seen.set(new HashMap<>(MDC.getCopyOfContextMap()));
            return null;
        });
        unitOfWork.commit();

        assertThat(seen.get()).containsEntry(LogContext.CORRELATION_ID, "SM0123")
                .containsEntry(LogContext.CAUSATION_ID, "command-9")
                .containsEntry(LogContext.ORDER_ID, ORDER.value())
                .containsEntry(LogContext.MESSAGE, "String");
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void aCommandWithoutAnOrderOrACallerIsItsOwnCorrelation() {
        GenericCommandMessage<String> command = new GenericCommandMessage<>("hello");
        assertThat(MessageLogContext.orderIdOf(command)).isEmpty();
        assertThat(MessageLogContext.orderIdOf(new GenericCommandMessage<>(new ConfirmSomething(ORDER))))
                .contains(ORDER.value());
    }
}
