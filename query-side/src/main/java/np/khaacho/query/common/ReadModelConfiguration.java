package np.khaacho.query.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The reads of the read models: JPA entities and Spring Data repositories of the query side's packages
 * alone (the persistence unit is made of {@link #PACKAGES}), read-only; the projections write the
 * tables with JDBC. Hibernate only checks the entities against the Flyway schema ({@code ddl-auto=validate}).
 * A repository call opens no transaction of its own: a read of one statement needs none, and one
 * would add a begin, a commit and an entity manager bound to it to every portal refresh. Reads that
 * need one (a setting for the rest of a transaction) declare it; inside a projection's transaction
 * the reads join it.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = ReadModelConfiguration.PACKAGES, enableDefaultTransactions = false)
public class ReadModelConfiguration {

    public static final String PACKAGES = "np.khaacho.query";
}
