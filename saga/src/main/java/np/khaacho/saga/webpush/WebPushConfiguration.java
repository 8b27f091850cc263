package np.khaacho.saga.webpush;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Web Push of new orders to the vendors' browsers: on unless {@code khaacho.web-push.enabled=false}. */
@Configuration
@EnableConfigurationProperties(WebPushSettings.class)
class WebPushConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebPushConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "khaacho.web-push.enabled", havingValue = "true", matchIfMissing = true)
    VapidKeys vapidKeys(WebPushSettings settings) {
        if (settings.configuredKeys()) {
            return VapidKeys.of(settings.publicKey(), settings.privateKey());
        }
        log.info("Web Push signs with a key pair made at this start (KHAACHO_WEB_PUSH_PUBLIC_KEY and "
                + "KHAACHO_WEB_PUSH_PRIVATE_KEY unset): browsers subscribe again after a restart");
        return VapidKeys.generate();
    }

    @Bean
    @ConditionalOnProperty(name = "khaacho.web-push.enabled", havingValue = "true", matchIfMissing = true)
    WebPushSender webPushSender(VapidKeys keys, WebPushSettings settings, PushSubscriptions subscriptions,
                                MeterRegistry meters) {
        return new WebPushSender(keys, settings, subscriptions, meters, Clock.systemUTC());
    }
}
