package np.khaacho.app.ops;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /actuator/health} on the API port, for load balancers, while the actuator itself lives on the
 * management port. The health group {@code api} answers on the API port at {@code /healthz} (a group's
 * additional path takes a single segment); this forwards the usual path there. Who sees the components
 * and details is the group's rule (admins only), so the answer is the same as on the management port.
 * When the management port is the API port, the actuator's own mapping comes first and this one is unused.
 */
@Configuration
class ApiPortHealth implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/actuator/health").setViewName("forward:/healthz");
    }
}
