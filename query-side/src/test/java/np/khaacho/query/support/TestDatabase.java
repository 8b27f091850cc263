package np.khaacho.query.support;

import org.flywaydb.core.Flyway;
import org.postgresql.Driver;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The query side's own PostgreSQL test database, beside the application tests' one (its name with
 * {@code _query} added): created afresh once per test run and migrated with the application's own
 * Flyway files and schema settings, so projections and readers meet the real tables without a
 * running application.
 */
public final class TestDatabase {

    private static final String HOST = System.getenv().getOrDefault("TEST_DATABASE_HOST", "localhost:5432");
    private static final String NAME = System.getenv().getOrDefault("TEST_DATABASE_NAME", "khaacho_test") + "_query";
    private static final String USER = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
    /** The migrations and the settings that name their schemas live with the application, which runs them. */
    private static final String MIGRATIONS = "app/src/main/resources/db/migration";
    private static final String SETTINGS = "app/src/main/resources/application.yml";

    private static DataSource dataSource;

    private TestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            recreate();
            dataSource = new SimpleDriverDataSource(new Driver(), "jdbc:postgresql://" + HOST + "/" + NAME, USER,
                    PASSWORD);
            migrate(dataSource);
        }
        return dataSource;
    }

    public static JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    public static PlatformTransactionManager transactions() {
        return new DataSourceTransactionManager(dataSource());
    }

    private static void recreate() {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + HOST + " to create " + NAME, e);
        }
    }

    private static void migrate(DataSource database) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new FileSystemResource(projectFile(SETTINGS)));
        Properties settings = yaml.getObject();
        Flyway.configure()
                .dataSource(database)
                .locations("filesystem:" + projectFile(MIGRATIONS))
                .schemas(settings.getProperty("spring.flyway.schemas").split(","))
                .defaultSchema(settings.getProperty("spring.flyway.default-schema"))
                .createSchemas(true)
                .load()
                .migrate();
    }

    /** A file of the project tree, whose root is three levels above these classes (query-side/target/test-classes). */
    private static Path projectFile(String relative) {
        try {
            Path classes = Path.of(TestDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path file = classes.resolve("../../..").resolve(relative).normalize();
            if (!Files.exists(file)) {
                throw new IllegalStateException(file + " not found");
            }
            return file;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
