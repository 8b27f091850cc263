package np.khaacho.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aggregates commands touch most (stock, credit, orders) stay in memory between commands
 * ({@link AggregateCache}), and the command gateway sends a command again when its events collided with
 * another instance's ({@link ConflictRetry}).
 */
@Configuration
public class AggregateCacheConfiguration {

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
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new ConflictRetry(ConflictRetry.MAX_RETRIES)).build();
    }
}
