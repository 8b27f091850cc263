package np.khaacho.app.cli;

import np.khaacho.command.parsing.CatalogCsv;
import np.khaacho.command.parsing.CatalogEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The catalog a parsing command reads: {@code --catalog <file.csv>}, or the built-in demo catalog. */
final class Catalogs {

    static final String DEMO = "demo/catalog.csv";

    private Catalogs() {
    }

    static List<CatalogEntry> load(String file) throws IOException {
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                return CatalogCsv.read(reader);
            }
        }
        try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IOException("the built-in catalog " + DEMO + " is missing");
            }
            return CatalogCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
