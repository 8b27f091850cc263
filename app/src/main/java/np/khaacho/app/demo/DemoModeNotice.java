package np.khaacho.app.demo;

import np.khaacho.command.DeploymentMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says plainly, once the application is ready, that a demo-mode instance is a demo and what it leaves open. */
@Component
class DemoModeNotice {

    private static final Logger log = LoggerFactory.getLogger(DemoModeNotice.class);

    private final Environment environment;

    DemoModeNotice(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!DeploymentMode.isDemo(environment)) {
            return;
        }
        String address = environment.getProperty("server.address", "all interfaces");
        boolean unsigned = environment.getProperty("khaacho.twilio.auth-token", "").isBlank();
        log.warn("""

                ==================================================================================
                 KHAACHO DEMO MODE: a local demo, not for real use.
                 - demo data: {}
                 - the WhatsApp simulator (/simulator.html) is {}: whoever reaches it can write as
                   any phone and read its messages, login codes included
                 - WhatsApp webhooks: {}
                 - listening on {}, port {}
                 A real deployment starts without "demo": java -jar khaacho.jar
                ==================================================================================""",
                environment.getProperty("khaacho.demo-data.enabled", Boolean.class, false) ? "loaded" : "off",
                environment.getProperty("khaacho.simulator.enabled", Boolean.class, false) ? "open" : "off",
                unsigned ? "unsigned calls accepted (no TWILIO_AUTH_TOKEN)" : "signed calls only",
                address, environment.getProperty("local.server.port", environment.getProperty("server.port", "?")));
    }
}
