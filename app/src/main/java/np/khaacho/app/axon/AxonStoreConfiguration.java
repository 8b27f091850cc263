package np.khaacho.app.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Where Axon keeps its data in PostgreSQL (JDBC, tables of the Flyway migrations, in the
 * {@code event_store} and {@code axon} schemas), what every event records of its cause, and how
 * event handlers fail: loudly, never by logging and skipping an event.
 */
@Configuration
public class AxonStoreConfiguration {

    /** PostgreSQL's SQL state for a unique-key violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("event_store.domain_event_entry")
                .snapshotTable("event_store.snapshot_event_entry")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder().setTokenTable("axon.token_entry").build();
    }

    /**
     * Token claims name their owner, by default the JVM's {@code pid@host}. Two instances can share
     * that name (containers on the host's network each running as PID 1, or two applications in one
     * JVM): each then takes the other's claims for its own and both process every segment. Every
     * start names itself apart.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:PT10S}") Duration claimTimeout) {
        String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(schema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(owner)
                .build();
    }

    /**
     * Axon's JDBC event storage, as Axon's auto-configuration would make it (which steps aside once the
     * application defines its own event store, below), telling each command's thread the global index
     * of the events it appended (read-your-writes waits for exactly those).
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver exceptions,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connections, TransactionManager transactions,
                                                 EventSchema schema) {
        EventStorageEngine jdbc = JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .build();
        return new IndexRecordingStorageEngine(jdbc, connections);
    }

    /**
     * Tells Axon which failures of an append are another writer's event at the same place of the same
     * aggregate, so that they come as a {@code ConcurrencyException} (sent again by the command gateway)
     * rather than as a failure of the store. Axon's default looks at vendor error codes, which
     * PostgreSQL leaves at 0: it names the unique-key violation by its SQL state.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    /**
     * The embedded event store, which feeds every tracking processor. Its reader is woken when a unit
     * of work commits in this instance, but a unit of work inside a wider Spring transaction (a
     * controller's) "commits" before the transaction does: the reader then finds nothing new and, by
     * default, looks again only a second later, which a lone order felt in its answer and its saga.
     * It also learns of other instances' events only by looking. It looks every 100 ms.
     */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${khaacho.event-store.fetch-delay:PT0.1S}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("axon.saga_entry")
                .associationValueEntryTable("axon.association_value_entry")
                .build());
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder().deadLetterTable("axon.dead_letter_entry").build();
    }

    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** The actor of a command (user id, role, channel) is copied onto every event it causes. */
    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new ActorCorrelationDataProvider();
    }

    /**
     * Axon's default logs a failing handler and moves on, which silently loses the event. Failures
     * propagate instead: a subscribing handler fails its command; a streaming processor retries, or
     * puts the event in the dead-letter queue where the group has one.
     */
    @Bean
    public ConfigurerModule propagatingErrorHandling() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
