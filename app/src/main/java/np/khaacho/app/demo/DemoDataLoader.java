package np.khaacho.app.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the demo data on start unless {@code KHAACHO_DEMO_DATA=false}. */
@Component
@ConditionalOnProperty(name = "khaacho.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    private final DemoData demoData;

    DemoDataLoader(DemoData demoData) {
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.load();
    }
}
