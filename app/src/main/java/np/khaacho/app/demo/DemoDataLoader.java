package np.khaacho.app.demo;

import com.github.kagkarlsson.scheduler.Scheduler;
import np.khaacho.command.DeploymentMode;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.order.OrderPlacement;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;

/**
 * Loads the demo data on start in the demo mode (whose profile sets {@code khaacho.demo-data.enabled}),
 * and its history ({@link DemoHistory}: an overdue buyer; {@link DemoPriceLists}: price lists) where
 * {@code khaacho.demo-data.history} is on (the demo profile turns it on).
 * A production start never does: the demo's admin and auditor phones would become a real deployment's staff.
 */
@Component
@ConditionalOnProperty(name = "khaacho.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demoData;
    private final DemoHistory history;
    private final DemoPriceLists priceLists;
    private final boolean demoMode;
    private final boolean withHistory;

    DemoDataLoader(DemoData demoData, CommandSender commands, OrderPlacement placement, EventStore eventStore,
                   TransactionTemplate transaction, Environment environment, ObjectProvider<Scheduler> deadlines) {
        this.demoData = demoData;
        this.history = new DemoHistory(commands, placement, eventStore, transaction,
                Optional.ofNullable(deadlines.getIfAvailable()));
        this.priceLists = new DemoPriceLists(commands, eventStore);
        this.demoMode = DeploymentMode.isDemo(environment);
        this.withHistory = environment.getProperty("khaacho.demo-data.history", Boolean.class, false);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode) {
            log.warn("khaacho.demo-data.enabled=true is ignored: the demo data loads only in the demo mode "
                    + "(java -jar khaacho.jar demo), never in production");
            return;
        }
        demoData.load();
        if (withHistory) {
            history.load();
            priceLists.load();
        }
    }
}
