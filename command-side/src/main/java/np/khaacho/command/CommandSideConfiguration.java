package np.khaacho.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the write model: snapshot triggers for the long-lived stock, credit and invoice-book aggregates. */
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

    @Bean
    public SnapshotTriggerDefinition invoiceBookSnapshotTrigger(
            Snapshotter snapshotter, @Value("${khaacho.snapshot.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
