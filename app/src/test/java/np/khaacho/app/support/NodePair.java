package np.khaacho.app.support;

import java.util.function.Function;

/**
 * Two instances of the application on one database of their own: the database made anew, the first
 * instance started (it migrates the database and fills it with the demo data), then the second on it.
 * Closing stops them in reverse order and drops the database.
 */
public record NodePair(String database, ClusterNode first, ClusterNode second) implements AutoCloseable {

    /** {@code node} starts one instance, by name, on {@code database} with the test's settings. */
    public static NodePair start(String database, Function<String, ClusterNode> node, String firstName,
                                 String secondName) throws Exception {
        TestDatabase.recreate(database);
        ClusterNode first = null;
        try {
            first = node.apply(firstName);
            return new NodePair(database, first, node.apply(secondName));
        } catch (RuntimeException e) {
            if (first != null) {
                first.close();
            }
            TestDatabase.drop(database);
            throw e;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            second.close();
            first.close();
        } finally {
            TestDatabase.drop(database);
        }
    }
}
