package np.khaacho.query.invoice.books;

import np.khaacho.kernel.api.ApiException;

import java.util.Locale;

/** The forms a sales book is answered in: the API's JSON, a CSV file or an Excel workbook. */
enum BookFormat {
    JSON("application/json", "json"),
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    BookFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format asked for; JSON when none is. */
    static BookFormat of(String requested) {
        if (requested == null || requested.isBlank()) {
            return JSON;
        }
        return switch (requested.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw ApiException.invalid("format must be csv, xlsx or json: " + requested);
        };
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }
}
