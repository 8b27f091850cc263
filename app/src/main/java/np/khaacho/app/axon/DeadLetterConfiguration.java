package np.khaacho.app.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every streaming processing group gets a dead-letter queue in PostgreSQL
 * ({@code axon.dead_letter_entry}): an event its handlers cannot process is parked there (with the
 * later events of the same aggregate, to keep their order) and the group goes on with the rest.
 * Subscribing groups have none: their failure fails the command that published the event.
 */
@Configuration
public class DeadLetterConfiguration {

    @Bean
    public ConfigurerModule deadLetterQueueForEveryStreamingGroup(EventProcessorProperties properties,
                                                                 TrackingProcessorProperties tracking,
                                                                 ConnectionProvider connections,
                                                                 TransactionManager transactions,
                                                                 DeadLetterSchema schema) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                configurer.eventProcessing().registerDeadLetterQueueProvider(group -> isSubscribing(properties, group)
                        ? null
                        : config -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .schema(schema)
                                .genericSerializer(config.serializer())
                                .eventSerializer(config.eventSerializer())
                                .build());
                // Without it every event asks the queue whether its aggregate already has dead letters: one
                // query per event and group. The cache knows that from memory for a segment whose queue
                // held nothing when it was claimed (it starts again whenever a segment is claimed).
                tracking.tracking().keySet().forEach(group -> configurer.eventProcessing()
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                                group, (config, invoker) -> invoker.enableSequenceIdentifierCache()));
            }

            /** After Axon's own module, which would enable the queue only for groups listed one by one. */
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    private static boolean isSubscribing(EventProcessorProperties properties, String group) {
        EventProcessorProperties.ProcessorSettings settings = properties.getProcessors().get(group);
        return settings != null && settings.getMode() == EventProcessorProperties.Mode.SUBSCRIBING;
    }
}
