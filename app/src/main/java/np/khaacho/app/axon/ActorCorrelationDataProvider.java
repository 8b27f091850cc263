package np.khaacho.app.axon;

import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Role;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Who caused a message. What a command causes (its events) carries the command's actor. What an
 * event causes (a saga's commands, and their events) is done by the system, on behalf of the
 * actor of that event, so the audit trail tells a person's step from the system's reaction.
 */
class ActorCorrelationDataProvider implements CorrelationDataProvider {

    static final String ON_BEHALF_OF = "onBehalfOf";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object userId = message.getMetaData().get(Actor.USER_ID);
        if (message instanceof EventMessage<?>) {
            data.put(Actor.USER_ID, "system");
            data.put(Actor.ROLE, Role.SYSTEM.name());
            data.put(Actor.CHANNEL, Channel.SYSTEM.name());
            Object original = message.getMetaData().getOrDefault(ON_BEHALF_OF, userId);
            if (original != null) {
                data.put(ON_BEHALF_OF, original);
            }
            return data;
        }
        copy(message, Actor.USER_ID, data);
        copy(message, Actor.ROLE, data);
        copy(message, Actor.CHANNEL, data);
        copy(message, ON_BEHALF_OF, data);
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> data) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            data.put(key, value);
        }
    }
}
