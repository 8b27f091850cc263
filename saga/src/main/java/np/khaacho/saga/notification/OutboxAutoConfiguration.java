package np.khaacho.saga.notification;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox is where outbound messages go unless the application declares another sender; the
 * Twilio relay (when Twilio's credentials are set) listens to it and sends what it holds. Without
 * Twilio the messages stay in the outbox. An auto-configuration, not a scanned one, because only
 * auto-configurations are guaranteed to be looked at after every application bean, which the
 * missing-bean test needs.
 */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(OutboundMessages.class)
    public OutboundMessages outboxMessages(JdbcTemplate jdbc, ObjectProvider<OutboxListener> listeners,
                                           ObjectProvider<ObservationRegistry> observations) {
        return new OutboxMessages(jdbc, listeners.orderedStream().toList(),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
