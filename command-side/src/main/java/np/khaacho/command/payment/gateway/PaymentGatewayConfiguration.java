package np.khaacho.command.payment.gateway;

import np.khaacho.command.DeploymentMode;
import np.khaacho.command.api.CommandSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.function.SingletonSupplier;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * The wallet gateways as configured ({@code khaacho.payments}); a gateway without its keys is not offered.
 * In the demo mode a gateway left unconfigured is played by the demo wallet this application serves under
 * {@code /demo-wallet} (its keys made up at start), so the whole loop runs on one machine. The settings are
 * read at first use, once this application knows its port.
 */
@Configuration(proxyBeanMethods = false)
class PaymentGatewayConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PaymentGatewayConfiguration.class);
    static final String DEMO_WALLET = "/demo-wallet";
    static final String DEMO_PRODUCT_CODE = "KHAACHO-DEMO";

    @Bean
    PaymentCheckout paymentCheckout(Environment environment, JdbcTemplate jdbc, CommandSender commands) {
        return new PaymentCheckout(SingletonSupplier.of(() -> settings(environment)), new PaymentLinks(jdbc), commands);
    }

    @Bean
    PaymentLinkChecker paymentLinkChecker(PaymentCheckout checkout, Environment environment) {
        return new PaymentLinkChecker(checkout, environment.getProperty("khaacho.payments.check-every", Duration.class,
                Duration.ofMinutes(1)));
    }

    static GatewaySettings settings(Environment environment) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String self = "http://127.0.0.1:" + port;
        String publicBaseUrl = environment.getProperty("khaacho.payments.public-base-url", "");
        Duration timeout = Duration.ofSeconds(10);
        GatewaySettings.Khalti khalti = new GatewaySettings.Khalti(
                environment.getProperty("khaacho.payments.khalti.base-url", ""),
                environment.getProperty("khaacho.payments.khalti.secret-key", ""),
                environment.getProperty("khaacho.payments.khalti.timeout", Duration.class, timeout));
        GatewaySettings.Esewa esewa = new GatewaySettings.Esewa(
                environment.getProperty("khaacho.payments.esewa.form-url", ""),
                environment.getProperty("khaacho.payments.esewa.status-url", ""),
                environment.getProperty("khaacho.payments.esewa.product-code", ""),
                environment.getProperty("khaacho.payments.esewa.secret-key", ""),
                environment.getProperty("khaacho.payments.esewa.timeout", Duration.class, timeout));
        String browserBase = publicBaseUrl.isBlank() ? "http://localhost:" + port : publicBaseUrl.replaceAll("/+$", "");
        if (DeploymentMode.isDemo(environment)) {
            if (!khalti.configured()) {
                khalti = new GatewaySettings.Khalti(self + DEMO_WALLET + "/khalti/api/v2", madeUpKey(), khalti.timeout());
                log.warn("Khalti is played by the demo wallet at {}{}/khalti: no money moves", self, DEMO_WALLET);
            }
            if (!esewa.configured()) {
                // the buyer's browser posts the form; this application asks the status itself
                esewa = new GatewaySettings.Esewa(browserBase + DEMO_WALLET + "/esewa/form", self + DEMO_WALLET + "/esewa/status",
                        DEMO_PRODUCT_CODE, madeUpKey(), esewa.timeout());
                log.warn("eSewa is played by the demo wallet at {}{}/esewa: no money moves", self, DEMO_WALLET);
            }
        }
        return new GatewaySettings(browserBase,
                environment.getProperty("khaacho.payments.link-lifetime", Duration.class, Duration.ofHours(24)),
                environment.getProperty("khaacho.payments.check-every", Duration.class, Duration.ofMinutes(1)),
                khalti, esewa);
    }

    private static String madeUpKey() {
        byte[] key = new byte[24];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
