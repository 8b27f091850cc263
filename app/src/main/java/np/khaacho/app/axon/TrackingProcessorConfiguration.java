package np.khaacho.app.axon;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.TimeUnit;

/**
 * The streaming processors: tracking ones, made from {@code khaacho.processors} rather than from
 * {@code axon.eventhandling.processors}, whose processors cannot be given an event-availability timeout.
 * A tracking processor's threads wait that long for new events before looking at their own state
 * again, one second by default: stopping a processor (to replay a projection, to hand its segments
 * over, to shut down) waited that long per processor, most of the time a replay of the projections
 * took. New events still wake the threads at once. A processor whose threads are not all at work looks
 * for an unclaimed segment every token-claim interval (Axon's default is five seconds): when an instance
 * dies, its segments are free once its claim runs out, and the survivors take them that much later.
 */
@org.springframework.context.annotation.Configuration
@EnableConfigurationProperties(TrackingProcessorProperties.class)
public class TrackingProcessorConfiguration {

    @Bean
    public ConfigurerModule trackingProcessors(TrackingProcessorProperties properties) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                EventProcessingConfigurer processing = configurer.eventProcessing();
                processing.registerTrackingEventProcessorConfiguration(
                        config -> processor(properties, TrackingProcessorProperties.Group.UNLISTED));
                properties.tracking().forEach((group, settings) -> processing.registerTrackingEventProcessor(
                        group, Configuration::eventStore, config -> processor(properties, settings)));
            }
        };
    }

    private static TrackingEventProcessorConfiguration processor(TrackingProcessorProperties properties,
                                                                 TrackingProcessorProperties.Group group) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(group.threads())
                .andInitialSegmentsCount(group.segments())
                .andBatchSize(group.batchSize())
                .andEventAvailabilityTimeout(properties.eventAvailabilityTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .andTokenClaimInterval(properties.tokenClaimInterval().toMillis(), TimeUnit.MILLISECONDS);
    }
}
