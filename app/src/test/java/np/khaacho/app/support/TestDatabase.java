package np.khaacho.app.support;

import np.khaacho.app.KhaachoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' own PostgreSQL database, next to (never inside) the one a demo runs on. Created on
 * first use; Flyway cleans and migrates it when the test application starts.
 */
public final class TestDatabase {

    public static final String HOST = System.getenv().getOrDefault("TEST_DATABASE_HOST", "localhost:5432");
    public static final String NAME = System.getenv().getOrDefault("TEST_DATABASE_NAME", "khaacho_test");
    public static final String USER = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
    static final String URL = "jdbc:postgresql://" + HOST + "/" + NAME;

    private static boolean created;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (!created) {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
                 var exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, NAME);
                if (!exists.executeQuery().next()) {
                    admin.createStatement().execute("CREATE DATABASE " + NAME);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach PostgreSQL at " + HOST + " to create " + NAME, e);
            }
            created = true;
        }
        return URL;
    }

    /** Drops (if there) and creates a database of a test that starts applications of its own. */
    public static void recreate(String name) throws SQLException {
        drop(name);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD)) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    /** Drops a test's own database, with whatever is still connected to it. */
    public static void drop(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD)) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /**
     * Starts the application on that database, in the demo mode with the demo data (no simulator unless
     * the settings ask for it). Command-line arguments: they outrank application.yml, so the instance
     * cannot reach another database.
     */
    static ConfigurableApplicationContext startApplication(String name, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--khaacho.mode=demo", "--khaacho.demo-data.enabled=true"));
        arguments.addAll(List.of(settings));
        return start(name, arguments);
    }

    /** Starts the application on that database as a plain production start does: the settings and nothing else. */
    public static ConfigurableApplicationContext startProductionApplication(String name, String... settings) {
        return start(name, List.of(settings));
    }

    private static ConfigurableApplicationContext start(String name, List<String> settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.datasource.url=jdbc:postgresql://" + HOST + "/" + name,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD,
                "--khaacho.security.key-file=target/test-keys/jwt-signing-key.pem"));
        arguments.addAll(settings);
        return new SpringApplicationBuilder(KhaachoApplication.class).run(arguments.toArray(String[]::new));
    }
}
