package np.khaacho.app.axon;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import np.khaacho.app.support.IntegrationTest;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JPA in the application is the query side's, for reading its read models: Axon's own JPA
 * auto-configuration stays off, its event store, tokens, sagas and dead letters stay on JDBC, and
 * every transaction stays the JDBC transaction manager's.
 */
class AxonStoresBesideJpaTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private EntityManagerFactory entityManagerFactory;
    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void axonKeepsItsJdbcStoresAndThePersistenceUnitHoldsOnlyTheReadModels() {
        assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(JdbcTransactionManager.class);
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(IndexRecordingStorageEngine.class)
                .extracting("storage").isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(SagaStore.class)).isInstanceOf(JdbcSagaStore.class);
        assertThat(processing.deadLetterQueue("orders-projection")).get()
                .isInstanceOf(JdbcSequencedDeadLetterQueue.class);
        assertThat(context.getBeansOfType(EntityManagerProvider.class)).as("Axon's JPA configuration").isEmpty();

        assertThat(entityManagerFactory.getMetamodel().getEntities()).isNotEmpty()
                .extracting(EntityType::getJavaType)
                .allSatisfy(entity -> assertThat(entity.getPackageName()).startsWith("np.khaacho.query."));
    }
}
