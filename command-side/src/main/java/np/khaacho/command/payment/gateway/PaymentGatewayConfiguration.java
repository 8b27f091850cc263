package np.khaacho.command.payment.gateway;

import np.khaacho.command.api.CommandSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/** The wallet gateways as configured ({@code khaacho.payments}); a gateway without its keys is not offered. */
@Configuration(proxyBeanMethods = false)
class PaymentGatewayConfiguration {

    @Bean
    GatewaySettings gatewaySettings(
            @Value("${khaacho.payments.public-base-url:}") String publicBaseUrl,
            @Value("${server.port:8080}") int port,
            @Value("${khaacho.payments.link-lifetime:PT24H}") Duration linkLifetime,
            @Value("${khaacho.payments.check-every:PT1M}") Duration checkEvery,
            @Value("${khaacho.payments.khalti.base-url:}") String khaltiBaseUrl,
            @Value("${khaacho.payments.khalti.secret-key:}") String khaltiSecretKey,
            @Value("${khaacho.payments.khalti.timeout:PT10S}") Duration khaltiTimeout,
            @Value("${khaacho.payments.esewa.form-url:}") String esewaFormUrl,
            @Value("${khaacho.payments.esewa.status-url:}") String esewaStatusUrl,
            @Value("${khaacho.payments.esewa.product-code:}") String esewaProductCode,
            @Value("${khaacho.payments.esewa.secret-key:}") String esewaSecretKey,
            @Value("${khaacho.payments.esewa.timeout:PT10S}") Duration esewaTimeout) {
        String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:" + port : publicBaseUrl;
        return new GatewaySettings(base, linkLifetime, checkEvery,
                new GatewaySettings.Khalti(khaltiBaseUrl, khaltiSecretKey, khaltiTimeout),
                new GatewaySettings.Esewa(esewaFormUrl, esewaStatusUrl, esewaProductCode, esewaSecretKey, esewaTimeout));
    }

    @Bean
    PaymentCheckout paymentCheckout(GatewaySettings settings, JdbcTemplate jdbc, CommandSender commands) {
        return new PaymentCheckout(settings, new PaymentLinks(jdbc), commands);
    }

    @Bean
    PaymentLinkChecker paymentLinkChecker(PaymentCheckout checkout, GatewaySettings settings) {
        return new PaymentLinkChecker(checkout, settings.checkEvery());
    }
}
