package np.khaacho.app.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of a test class's own, for applications it starts itself: created empty before the
 * class's first test and dropped after its last. Register it with {@code @RegisterExtension}.
 */
public final class ScratchDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String name;

    public ScratchDatabase(String name) {
        this.name = name;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        TestDatabase.recreate(name);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        TestDatabase.drop(name);
    }
}
