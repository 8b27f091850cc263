package np.khaacho.saga.whatsapp;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import np.khaacho.saga.notification.LoginCodeOpener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/** Twilio's settings always; the relay that sends the outbox only when Twilio's credentials are set. */
@Configuration
@EnableConfigurationProperties(TwilioSettings.class)
class WhatsAppConfiguration {

    @Configuration
    @Conditional(TwilioConfigured.class)
    static class Relay {

        @Bean
        TwilioRelay twilioRelay(JdbcTemplate jdbc, WhatsAppWindows windows, TwilioSettings settings,
                                ObjectProvider<MeterRegistry> meters, ObjectProvider<LoginCodeOpener> loginCodes,
                                ObjectProvider<ObservationRegistry> observations) {
            return new TwilioRelay(new OutboxQueue(jdbc), windows,
                    new TwilioMessages(TwilioMessages.client(settings), settings), settings,
                    retry(settings.retry()), circuitBreaker(settings.circuitBreaker()),
                    Optional.ofNullable(meters.getIfAvailable()), loginCodes::getIfAvailable,
                    observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        }

        static RetryConfig retry(TwilioSettings.Retry settings) {
            return RetryConfig.custom()
                    .maxAttempts(settings.maxAttempts())
                    .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstWait(), settings.multiplier()))
                    .retryOnException(SendFailures::isTransient)
                    .failAfterMaxAttempts(false)
                    .build();
        }

        /** Only failures that may pass count against Twilio; a refused message says nothing of its health. */
        static CircuitBreaker circuitBreaker(TwilioSettings.CircuitBreaker settings) {
            return CircuitBreaker.of("twilio", CircuitBreakerConfig.custom()
                    .failureRateThreshold(settings.failureRateThreshold())
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(settings.slidingWindowSize())
                    .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                    .waitDurationInOpenState(settings.waitInOpenState())
                    .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                    .recordException(SendFailures::isTransient)
                    .build());
        }
    }
}
