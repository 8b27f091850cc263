package np.khaacho.command.parsing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalog CSV ({@code sku,vendor_code,name,name_ne,aliases,category,unit,pack_size,price_npr,…},
 * aliases separated by {@code |}) into parser entries. Fields may be quoted, with doubled quotes,
 * commas and line breaks inside; columns beyond the parser's are ignored.
 */
public final class CatalogCsv {

    private static final List<String> REQUIRED = List.of("sku", "name", "unit");

    private CatalogCsv() {
    }

    public static List<CatalogEntry> read(Reader reader) {
        List<List<String>> rows = rows(reader);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException("the catalog has no column " + column);
            }
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String sku = field(row, columns, "sku");
            if (sku.isEmpty()) {
                throw new IllegalArgumentException("row " + (r + 1) + " of the catalog has no sku");
            }
            String price = field(row, columns, "price_npr");
            entries.add(new CatalogEntry(
                    sku,
                    field(row, columns, "vendor_code"),
                    field(row, columns, "name"),
                    field(row, columns, "name_ne"),
                    Arrays.stream(field(row, columns, "aliases").split("\\|")).map(String::trim).filter(a -> !a.isEmpty()).toList(),
                    field(row, columns, "category"),
                    field(row, columns, "unit"),
                    field(row, columns, "pack_size"),
                    price.isEmpty() ? null : new BigDecimal(price)));
        }
        return entries;
    }

    private static String field(List<String> row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).trim();
    }

    /**
     * The records of a CSV text as RFC 4180 has them (quoted fields may hold commas, doubled quotes
     * and line breaks), the header included.
     */
    public static List<List<String>> rows(Reader reader) {
        String text;
        try {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
