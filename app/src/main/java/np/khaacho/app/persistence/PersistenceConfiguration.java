package np.khaacho.app.persistence;

import np.khaacho.query.common.ReadModelConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.orm.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

import javax.sql.DataSource;

/**
 * One JDBC transaction manager for every transaction, as before the query side read through JPA:
 * commands, Axon's stores, projections (with their savepoints) and sagas. The read models'
 * persistence unit reads through a transaction-aware DataSource, so a JPA read joins the JDBC
 * transaction under way on its connection: inside a projection's transaction it sees what the
 * projection wrote. Hibernate never begins, commits or rolls back anything itself.
 */
@Configuration
public class PersistenceConfiguration {

    @Bean
    public DataSourceTransactionManager transactionManager(DataSource dataSource,
                                                           ObjectProvider<TransactionManagerCustomizers> customizers) {
        DataSourceTransactionManager transactions = new JdbcTransactionManager(dataSource);
        customizers.ifAvailable(all -> all.customize(transactions));
        return transactions;
    }

    /** The query side's entities only: Axon's JPA entities (tokens, sagas, events) stay out. */
    @Bean
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder,
                                                                       DataSource dataSource) {
        return builder.dataSource(new TransactionAwareDataSourceProxy(dataSource))
                .packages(ReadModelConfiguration.PACKAGES)
                .persistenceUnit("read-models")
                .build();
    }
}
