package np.khaacho.query.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import np.khaacho.query.common.ReadModelConfiguration;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

import java.util.Map;

/**
 * The read repositories over the query side's test database, as the application builds them
 * (the query side's entities only, Hibernate validating the migrated schema, reads joining the JDBC
 * transaction under way), without starting the application.
 */
public final class ReadRepositories {

    private static EntityManager entities;

    private ReadRepositories() {
    }

    /** A repository of the read models, e.g. {@code ReadRepositories.of(OrderRows.class)}. */
    public static <T> T of(Class<T> repository) {
        return new JpaRepositoryFactory(entityManager()).getRepository(repository);
    }

    public static synchronized EntityManager entityManager() {
        if (entities == null) {
            entities = SharedEntityManagerCreator.createSharedEntityManager(factory());
        }
        return entities;
    }

    private static EntityManagerFactory factory() {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(new TransactionAwareDataSourceProxy(TestDatabase.dataSource()));
        factory.setPackagesToScan(ReadModelConfiguration.PACKAGES);
        factory.setPersistenceUnitName("read-models");
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.setJpaPropertyMap(Map.of(
                "hibernate.hbm2ddl.auto", "validate",
                "hibernate.allow_update_outside_transaction", "true",
                "hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName(),
                "hibernate.implicit_naming_strategy", SpringImplicitNamingStrategy.class.getName()));
        factory.afterPropertiesSet();
        return factory.getObject();
    }
}
