package np.khaacho.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project tree, found from the working directory (the module's or the root). */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
