package np.khaacho.saga.fulfilment;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Lets the saga fixture's time be the saga's "now": while a message is handled,
 * {@link GenericEventMessage#clock} tells the time the message carries.
 * <p>
 * The saga asks that clock for the time. The fixture stamps each event with its current time and each
 * deadline with the instant it was due, but never moves the clock itself, so without this the saga
 * would compute answer-by instants and reminders from the wall clock.
 */
final class HandledMessageClock extends Clock implements BeforeEachCallback, AfterEachCallback {

    private Clock outsideHandling = Clock.systemUTC();

    @Override
    public void beforeEach(ExtensionContext context) {
        outsideHandling = GenericEventMessage.clock;
        GenericEventMessage.clock = this;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        GenericEventMessage.clock = outsideHandling;
    }

    @Override
    public Instant instant() {
        if (CurrentUnitOfWork.isStarted()) {
            Message<?> handled = CurrentUnitOfWork.get().getMessage();
            if (handled instanceof EventMessage<?> event) {
                return event.getTimestamp();
            }
        }
        // The fixture builds its messages here, then stamps them with its own time.
        return outsideHandling.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the handled message's time has no zone to change");
    }
}
