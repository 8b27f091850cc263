package np.khaacho.saga.parking;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ParkedOrders} around the handling of the orders' sagas. */
@Configuration
class ParkingConfiguration {

    @Bean
    ConfigurerModule parkFailingOrders(ParkedOrders parkedOrders) {
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(ParkedOrders.GROUP, configuration -> parkedOrders.interceptor())
                .registerErrorHandler(ParkedOrders.GROUP, configuration -> parkedOrders.errorHandler());
    }
}
