package np.khaacho.saga.notification;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The local outbox is the sender unless the application declares another (Twilio, when its
 * credentials are set). An auto-configuration, not a scanned one, because only auto-configurations
 * are guaranteed to be looked at after every application bean, which the missing-bean test needs.
 */
@AutoConfiguration(after = JdbcTemplateAutoConfiguration.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(OutboundMessages.class)
    public OutboundMessages outboxMessages(JdbcTemplate jdbc) {
        return new OutboxMessages(jdbc);
    }
}
