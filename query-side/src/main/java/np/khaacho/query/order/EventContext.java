package np.khaacho.query.order;

import np.khaacho.kernel.common.Actor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

/** What every order event brings besides its payload: its place in the order's stream, when, and who caused it. */
record EventContext(long sequence, Instant occurredAt, String userId, String role, String channel,
                    String onBehalfOf, boolean replay) {

    // set by the application on what the system does in reaction to a person's step
    private static final String ON_BEHALF_OF = "onBehalfOf";

    static EventContext of(DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        return new EventContext(message.getSequenceNumber(), message.getTimestamp(),
                text(metaData.get(Actor.USER_ID)), text(metaData.get(Actor.ROLE)), text(metaData.get(Actor.CHANNEL)),
                text(metaData.get(ON_BEHALF_OF)), ReplayToken.isReplay(message));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
