package np.khaacho.command;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandSideConfigurationTest {

    private final List<String> scheduled = new ArrayList<>();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CommandSideConfiguration.class)
            .withBean(Snapshotter.class, () -> (type, id) -> scheduled.add(type.getSimpleName() + " " + id));

    @Test
    void stockAndCreditAreSnapshottedEveryHundredEventsByDefault() {
        context.run(beans -> {
            handleEvents(beans.getBean("stockSnapshotTrigger", SnapshotTriggerDefinition.class), 99);
            handleEvents(beans.getBean("creditSnapshotTrigger", SnapshotTriggerDefinition.class), 99);
            assertThat(scheduled).isEmpty();

            handleEvents(beans.getBean("stockSnapshotTrigger", SnapshotTriggerDefinition.class), 100);
            assertThat(scheduled).containsExactly("String aggregate-1");
        });
    }

    @Test
    void thresholdComesFromProperty() {
        context.withPropertyValues("khaacho.snapshot.threshold=3").run(beans -> {
            handleEvents(beans.getBean("creditSnapshotTrigger", SnapshotTriggerDefinition.class), 7);
            assertThat(scheduled).hasSize(2);
        });
    }

    private static void handleEvents(SnapshotTriggerDefinition definition, int count) {
        SnapshotTrigger trigger = definition.prepareTrigger(String.class);
        trigger.initializationFinished();
        for (int sequence = 0; sequence < count; sequence++) {
            trigger.eventHandled(new GenericDomainEventMessage<>("Test", "aggregate-1", sequence, "event"));
        }
    }
}
