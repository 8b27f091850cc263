package np.khaacho.app.cli;

import np.khaacho.app.axon.AxonStoreConfiguration;
import np.khaacho.command.api.CommandSender;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTimeoutAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import java.util.List;
import java.util.Map;

/**
 * The smallest application that sends the write side's user commands, for the operator commands that
 * run beside (or before) a live server. It reads the server's settings (application.yml, the
 * environment), migrates the database (an empty one too), and holds the event store, the command bus,
 * the user accounts and the write side's user lookup, whose subscribing processor ({@code write-lookups})
 * runs in each command's transaction and so refuses a phone that is taken. Nothing else: no web
 * server, no streaming processors, sagas, deadlines (db-scheduler), WhatsApp workers or Twilio relay,
 * whose work belongs to the servers. The read models learn of its events from the event store when
 * a server runs.
 * <p>
 * Not a {@code @Configuration}: the server's component scan must never find it.
 */
@ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        ObjectMapperAutoConfiguration.class,
        AxonAutoConfiguration.class,
        AxonTimeoutAutoConfiguration.class,
        AxonTracingAutoConfiguration.class,
        InfraConfiguration.class,
        EventProcessingAutoConfiguration.class,
        org.axonframework.springboot.autoconfig.TransactionAutoConfiguration.class,
        JdbcAutoConfiguration.class,
        AxonServerAutoConfiguration.class,
        AxonServerBusAutoConfiguration.class})
@Import({AxonStoreConfiguration.class, CommandSender.class})
@ComponentScan("np.khaacho.command.party")
public class OperatorContext {

    /** Starts it with the server's settings and these ({@code --name=value}) on top; quiet on stdout. */
    public static ConfigurableApplicationContext start(List<String> settings, Class<?>... more) {
        Class<?>[] sources = new Class<?>[more.length + 1];
        sources[0] = OperatorContext.class;
        System.arraycopy(more, 0, sources, 1, more.length);
        SpringApplication app = new SpringApplication(sources);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        // The answer goes to stdout (a token, for scripts): the log must not share it.
        app.setDefaultProperties(Map.of("logging.level.root", "OFF"));
        return app.run(settings.toArray(String[]::new));
    }
}
