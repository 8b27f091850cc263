package np.khaacho.saga.fulfilment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the order clocks configurable ({@code khaacho.orders.*}). */
@Configuration
@EnableConfigurationProperties(FulfilmentSettings.class)
class FulfilmentConfiguration {
}
