package np.khaacho.app.demo;

import np.khaacho.command.parsing.CatalogCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the demo CSV files: a header row, then one map per row from column name to its trimmed value. */
final class Csv {

    private Csv() {
    }

    static List<Map<String, String>> read(InputStream in) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<List<String>> records = CatalogCsv.rows(reader);
            if (records.isEmpty()) {
                return List.of();
            }
            List<String> header = records.get(0).stream().map(name -> name.replace("\uFEFF", "").trim()).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> fields : records.subList(1, records.size())) {
                if (fields.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.size() ? fields.get(i).trim() : "");
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
