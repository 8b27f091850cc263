package np.khaacho.app.auth;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import np.khaacho.app.security.JwtKeys;
import np.khaacho.app.security.RevokedTokens;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.saga.notification.ExpiredLoginCodes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/** Phone login's parts, and the cleanup that forgets spent codes, tokens and counters. */
@Configuration
@EnableConfigurationProperties(AuthProperties.class)
public class AuthConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

    /** Seals login codes for the outbox; the relay opens them with it (every instance derives the same key). */
    @Bean
    LoginCodeSeal loginCodeSeal(AuthProperties properties, JwtKeys keys) {
        return new LoginCodeSeal(Secrets.keyMaterial(properties.codeSecret(), keys));
    }

    /**
     * Signs the links to invoice PDFs sent on WhatsApp and checks them when opened; the links are on the
     * public base URL (Twilio fetches the files there), else on this server's own port.
     */
    @Bean
    InvoiceLinkSigner invoiceLinkSigner(AuthProperties properties, JwtKeys keys,
                                        @Value("${khaacho.twilio.public-base-url:}") String publicBaseUrl,
                                        @Value("${server.port:8080}") int port) {
        String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:" + port : publicBaseUrl;
        return new InvoiceLinkSigner(Secrets.keyMaterial(properties.codeSecret(), keys), base, Clock.systemUTC());
    }

    /**
     * Signs the pay links sent on WhatsApp and checks them when used; the links are on the address the
     * buyer's phone reaches ({@code khaacho.payments.public-base-url}, else the public base URL).
     */
    @Bean
    PayLinkSigner payLinkSigner(AuthProperties properties, JwtKeys keys, Environment environment) {
        // read when a link is made: the address may name this server's port, known only once it listens
        Supplier<String> base = () -> {
            String url = environment.getProperty("khaacho.payments.public-base-url", "");
            url = url.isBlank() ? environment.getProperty("khaacho.twilio.public-base-url", "") : url;
            return url.isBlank() ? "http://localhost:" + environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "8080")) : url;
        };
        return new PayLinkSigner(Secrets.keyMaterial(properties.codeSecret(), keys), base, Clock.systemUTC());
    }

    /** Signs the links to monthly statements sent on WhatsApp, on the public base URL Twilio fetches them from. */
    @Bean
    StatementLinkSigner statementLinkSigner(AuthProperties properties, JwtKeys keys, Environment environment) {
        Supplier<String> base = () -> {
            String url = environment.getProperty("khaacho.twilio.public-base-url", "");
            return url.isBlank() ? "http://localhost:" + environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "8080")) : url;
        };
        return new StatementLinkSigner(Secrets.keyMaterial(properties.codeSecret(), keys), base, Clock.systemUTC());
    }

    @Bean
    Sessions sessions(AuthProperties properties, JdbcTemplate jdbc, RevokedTokens revokedTokens, UserDirectory users,
                      TokenIssuer tokens, TransactionTemplate transaction) {
        return new Sessions(properties, new RefreshTokens(jdbc), revokedTokens, users, tokens, transaction);
    }

    @Bean
    PhoneLogin phoneLogin(AuthProperties properties, JwtKeys keys, LoginCodeSeal seal, JdbcTemplate jdbc,
                          UserDirectory users, Sessions sessions, CommandGateway commands,
                          TransactionTemplate transaction) {
        return new PhoneLogin(properties, Secrets.keyedBy(properties.codeSecret(), keys), seal, new LoginCodes(jdbc),
                new RateLimits(jdbc), users, sessions, commands, jdbc, transaction);
    }

    /**
     * One instance of the cluster runs it each time (db-scheduler claims the execution). It is also
     * what wipes the sealed code of a login-code message that expired before it was sent.
     */
    @Bean
    RecurringTask<Void> authCleanup(AuthProperties properties, JdbcTemplate jdbc, RevokedTokens revokedTokens) {
        LoginCodes codes = new LoginCodes(jdbc);
        RefreshTokens refreshTokens = new RefreshTokens(jdbc);
        RateLimits limits = new RateLimits(jdbc);
        ExpiredLoginCodes unsentCodes = new ExpiredLoginCodes(jdbc);
        // An expired code still answers "expired" for a while, rather than "invalid".
        Duration codeGrace = properties.codeTtl();
        Duration longestWindow = properties.longestWindow();
        return Tasks.recurring("auth-cleanup", FixedDelay.of(properties.cleanupInterval()))
                .execute((instance, context) -> {
                    int deletedCodes = codes.deleteExpired(codeGrace);
                    int failedMessages = unsentCodes.fail();
                    int deletedTokens = refreshTokens.deleteExpiredFamilies();
                    int deletedRevocations = revokedTokens.deleteExpired();
                    int deletedCounters = limits.deleteClosedWindows(longestWindow);
                    log.debug("auth cleanup: {} codes, {} unsent login-code messages, {} refresh tokens, "
                                    + "{} revoked access tokens, {} rate counters",
                            deletedCodes, failedMessages, deletedTokens, deletedRevocations, deletedCounters);
                });
    }
}
