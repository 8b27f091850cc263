package np.khaacho.app.security;

import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Channel;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;

import java.util.Map;

/**
 * {@code java -jar khaacho.jar token --phone +9779800000001}: prints a signed token for that
 * user, alone on stdout, for scripts and operators. It starts only the database and the keys.
 */
public final class TokenCommand {

    public static final String NAME = "token";

    private TokenCommand() {
    }

    public static int run(String[] args) {
        String phone = phoneArgument(args);
        if (phone == null) {
            System.err.println("usage: java -jar khaacho.jar token --phone +9779800000001");
            return 2;
        }
        SpringApplication app = new SpringApplication(TokenCommandConfiguration.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("logging.level.root", "OFF"));
        try (ConfigurableApplicationContext context = app.run()) {
            var user = context.getBean(UserDirectory.class).byPhone(phone);
            if (user.isEmpty()) {
                System.err.println("no user has the phone " + phone);
                return 1;
            }
            System.out.println(context.getBean(TokenIssuer.class)
                    .issue(user.get().id(), user.get().role(), user.get().phone(), Channel.API));
            return 0;
        } catch (DataAccessException e) {
            System.err.println("cannot read the users (has the application been started once on this database?): "
                    + e.getMostSpecificCause().getMessage());
            return 1;
        }
    }

    private static String phoneArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--phone") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--phone=")) {
                return args[i].substring("--phone=".length());
            }
        }
        return null;
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
    @Import({JwtConfiguration.class, UserDirectory.class})
    static class TokenCommandConfiguration {
    }
}
