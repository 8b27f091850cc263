package np.khaacho.app.demo;

import np.khaacho.command.DeploymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on start in the demo mode (whose profile sets {@code khaacho.demo-data.enabled}).
 * A production start never does: the demo's admin and auditor phones would become a real deployment's staff.
 */
@Component
@ConditionalOnProperty(name = "khaacho.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demoData;
    private final boolean demoMode;

    DemoDataLoader(DemoData demoData, Environment environment) {
        this.demoData = demoData;
        this.demoMode = DeploymentMode.isDemo(environment);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode) {
            log.warn("khaacho.demo-data.enabled=true is ignored: the demo data loads only in the demo mode "
                    + "(java -jar khaacho.jar demo), never in production");
            return;
        }
        demoData.load();
    }
}
