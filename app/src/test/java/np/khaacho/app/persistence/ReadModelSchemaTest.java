package np.khaacho.app.persistence;

import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.TestDatabase;

import jakarta.persistence.EntityManagerFactory;
import np.khaacho.query.common.ReadModelConfiguration;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flyway owns the schema; Hibernate only checks the read models' entities against it, with the
 * application's own settings (application.yml). A column an entity reads that the schema lacks stops
 * the start, and Hibernate does not add it.
 */
class ReadModelSchemaTest {

    private static final String DATABASE = TestDatabase.NAME + "_schema";

    @RegisterExtension
    static final ScratchDatabase SCRATCH = new ScratchDatabase(DATABASE);
    private static final String URL = "jdbc:postgresql://" + TestDatabase.HOST + "/" + DATABASE;

    @Test
    void aColumnAnEntityReadsThatTheSchemaLacksStopsTheStartAndIsNotAdded() throws SQLException {
        try (ConfigurableApplicationContext readModels = start()) {
            assertThat(readModels.getBean(EntityManagerFactory.class).getProperties())
                    .containsEntry("hibernate.hbm2ddl.auto", "validate");
        }
        execute("ALTER TABLE read_model.order_timeline DROP COLUMN event_type");

        assertThatThrownBy(ReadModelSchemaTest::start).rootCause()
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("missing column [event_type]").hasMessageContaining("read_model.order_timeline");
        assertThat(columnExists("order_timeline", "event_type")).as("the column, after the failed start").isFalse();
    }

    /** Migrations, the persistence unit as the application makes it, the read models' repositories: nothing else. */
    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ReadModels.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + URL,
                "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, TestDatabase.USER, TestDatabase.PASSWORD)) {
            connection.createStatement().execute(sql);
        }
    }

    private static boolean columnExists(String table, String column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, TestDatabase.USER, TestDatabase.PASSWORD);
             var columns = connection.getMetaData().getColumns(null, "read_model", table, column)) {
            return columns.next();
        }
    }

    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
            HibernateJpaAutoConfiguration.class})
    @Import({ReadModelConfiguration.class, PersistenceConfiguration.class})
    static class ReadModels {
    }
}
