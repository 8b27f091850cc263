package np.khaacho.query.common;

import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The reads of the read models: JPA entities and repositories of the query side's packages alone.
 * Naming the packages keeps Axon's own JPA entities (tokens, sagas, dead letters, event entries) out
 * of the persistence unit: Axon keeps its JDBC stores. Hibernate only checks the entities against the
 * Flyway schema ({@code ddl-auto=validate}); the projections write the tables with JDBC.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = ReadModelConfiguration.PACKAGES)
@EnableJpaRepositories(basePackages = ReadModelConfiguration.PACKAGES)
public class ReadModelConfiguration {

    static final String PACKAGES = "np.khaacho.query";
}
