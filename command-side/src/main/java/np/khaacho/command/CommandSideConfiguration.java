package np.khaacho.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the write model: snapshot triggers for the long-lived stock and credit aggregates, a cache of
 * the aggregates commands touch most (stock, credit, orders), and a command gateway that sends a command
 * again when its events collided with another instance's.
 */
@Configuration
public class CommandSideConfiguration {

    @Bean
    public SnapshotTriggerDefinition stockSnapshotTrigger(
            Snapshotter snapshotter, @Value("${khaacho.snapshot.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean
    public SnapshotTriggerDefinition creditSnapshotTrigger(
            Snapshotter snapshotter, @Value("${khaacho.snapshot.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Every stock counted: a product's stock is read by every order that holds some of it. */
    @Bean
    public Cache stockCache(EventStore events, @Value("${khaacho.aggregate-cache.stock:10000}") int capacity) {
        return new AggregateCache(capacity, events::lastSequenceNumberFor);
    }

    /** Every buyer's credit account: read by each of the buyer's orders on credit. */
    @Bean
    public Cache creditCache(EventStore events, @Value("${khaacho.aggregate-cache.credit:10000}") int capacity) {
        return new AggregateCache(capacity, events::lastSequenceNumberFor);
    }

    /** The orders that moved last: an order takes several commands in its first seconds. */
    @Bean
    public Cache orderCache(EventStore events, @Value("${khaacho.aggregate-cache.orders:5000}") int capacity) {
        return new AggregateCache(capacity, events::lastSequenceNumberFor);
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new ConflictRetry(3)).build();
    }
}
