package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.CatalogCsv;
import np.khaacho.command.parsing.CatalogEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The demo catalog of the application, read from the project tree wherever the tests run. */
final class DemoCatalog {

    private static List<CatalogEntry> entries;

    private DemoCatalog() {
    }

    static synchronized List<CatalogEntry> entries() {
        if (entries == null) {
            try (var reader = Files.newBufferedReader(projectFile("app/src/main/resources/demo/catalog.csv"), StandardCharsets.UTF_8)) {
                entries = CatalogCsv.read(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    /** A file of the project, found from the working directory (the module's or the root). */
    static Path projectFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
