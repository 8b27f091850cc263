package np.khaacho.command.order;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.order.OrderPlaced;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * {@code khaacho.orders.placed}: orders placed, by the channel they came through (WHATSAPP, API, …). Counted
 * as they are placed, in the write side's subscribing group, so a replay of the event store counts nothing
 * again; every channel's counter exists from the start, at zero.
 */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
class OrderMeters {

    private final MeterRegistry meters;

    OrderMeters(MeterRegistry meters) {
        this.meters = meters;
        for (Channel channel : Channel.values()) {
            placed(channel.name());
        }
    }

    @EventHandler
    void on(OrderPlaced event, @MetaDataValue(Actor.CHANNEL) String channel) {
        placed(channel == null ? "UNKNOWN" : channel).increment();
    }

    private Counter placed(String channel) {
        return Counter.builder("khaacho.orders.placed").description("orders placed, by channel")
                .tag("channel", channel).register(meters);
    }
}
