package np.khaacho.saga.taxoffice;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** With {@code khaacho.cbms.enabled}: the queue of reports to the tax office and the relay that sends them. */
@Configuration
@ConditionalOnProperty(prefix = "khaacho.cbms", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(CbmsSettings.class)
class TaxOfficeConfiguration {

    @Bean
    ReportQueue taxOfficeReportQueue(JdbcTemplate jdbc) {
        return new ReportQueue(jdbc);
    }

    @Bean
    TaxOfficeRelay taxOfficeRelay(ReportQueue queue, CbmsSettings settings, CommandGateway commands) {
        return new TaxOfficeRelay(queue, new CbmsClient(settings, Clock.systemUTC()), commands, settings);
    }
}
