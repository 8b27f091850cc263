package np.khaacho.app.invoice;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sales book's files read back: the CSV's fields line by line, the workbook's cells as text, amounts and dates. */
final class SalesBookFiles {

    private SalesBookFiles() {
    }

    /** The CSV's lines, each a list of fields (RFC 4180 quoting undone). */
    static List<List<String>> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
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
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field.length() + fields.size()).as("the CSV ends with a line end").isZero();
        return lines;
    }

    /** Each sheet of the workbook by name, its rows as lists of cell values: text, amounts with two decimals, dates. */
    static Map<String, List<List<Object>>> workbook(byte[] body) throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Sheet sheet : workbook) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Object> cells = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        cells.add(value(row.getCell(i)));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    /** Whether the first row of the sheet is bold throughout. */
    static boolean headerIsBold(byte[] body, String sheetName) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Row header = workbook.getSheet(sheetName).getRow(0);
            for (Cell cell : header) {
                if (!workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            String format = cell.getCellStyle().getDataFormatString();
            if (format.contains("yy")) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            if (format.endsWith("0.00")) {
                return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
            }
            return (long) cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }
}
