package np.khaacho.app.auth;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import np.khaacho.app.security.JwtKeys;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.command.party.UserDirectory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/** Phone login's parts, and the cleanup that forgets spent codes, tokens and counters. */
@Configuration
@EnableConfigurationProperties(AuthProperties.class)
public class AuthConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

    @Bean
    PhoneLogin phoneLogin(AuthProperties properties, JwtKeys keys, JdbcTemplate jdbc, UserDirectory users,
                          TokenIssuer tokens, CommandGateway commands, TransactionTemplate transaction) {
        return new PhoneLogin(properties, Secrets.keyedBy(properties.codeSecret(), keys), new LoginCodes(jdbc),
                new RefreshTokens(jdbc), new RateLimits(jdbc), users, tokens, commands, jdbc, transaction);
    }

    /** One instance of the cluster runs it each time (db-scheduler claims the execution). */
    @Bean
    RecurringTask<Void> authCleanup(AuthProperties properties, JdbcTemplate jdbc) {
        LoginCodes codes = new LoginCodes(jdbc);
        RefreshTokens refreshTokens = new RefreshTokens(jdbc);
        RateLimits limits = new RateLimits(jdbc);
        // An expired code still answers "expired" for a while, rather than "invalid".
        Duration codeGrace = properties.codeTtl();
        Duration longestWindow = properties.perPhone().window().compareTo(properties.perIp().window()) > 0
                ? properties.perPhone().window() : properties.perIp().window();
        return Tasks.recurring("auth-cleanup", FixedDelay.of(properties.cleanupInterval()))
                .execute((instance, context) -> {
                    int deletedCodes = codes.deleteExpired(codeGrace);
                    int deletedTokens = refreshTokens.deleteExpiredFamilies();
                    int deletedCounters = limits.deleteClosedWindows(longestWindow);
                    log.debug("auth cleanup: {} codes, {} refresh tokens, {} rate counters deleted",
                            deletedCodes, deletedTokens, deletedCounters);
                });
    }
}
