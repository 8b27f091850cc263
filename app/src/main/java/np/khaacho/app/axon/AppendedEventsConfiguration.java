package np.khaacho.app.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event storage tells a command's thread where its events landed (see {@link AppendedEvents}). */
@Configuration
class AppendedEventsConfiguration {

    @Bean
    static BeanPostProcessor indexRecordingStorage(ObjectProvider<ConnectionProvider> connections) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof EventStorageEngine storage && !(bean instanceof IndexRecordingStorageEngine)
                        ? new IndexRecordingStorageEngine(storage, connections::getObject) : bean;
            }
        };
    }
}
