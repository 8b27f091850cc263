package np.khaacho.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The tests' own PostgreSQL database, next to (never inside) the one a demo runs on. Created on
 * first use; Flyway cleans and migrates it when the test application starts.
 */
final class TestDatabase {

    static final String HOST = System.getenv().getOrDefault("TEST_DATABASE_HOST", "localhost:5432");
    static final String NAME = System.getenv().getOrDefault("TEST_DATABASE_NAME", "khaacho_test");
    static final String USER = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
    static final String URL = "jdbc:postgresql://" + HOST + "/" + NAME;

    private static boolean created;

    private TestDatabase() {
    }

    static synchronized String url() {
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
}
