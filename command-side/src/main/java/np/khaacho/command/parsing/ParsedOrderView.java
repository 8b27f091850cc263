package np.khaacho.command.parsing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parse result as the API shows it: each line with the product's name, vendor, unit price and
 * subtotal from the catalog, the total, and for a photo the text OCR read.
 */
public record ParsedOrderView(
        Intent intent,
        String language,
        String engine,
        List<Line> items,
        List<String> unresolved,
        BigDecimal total,
        String ocrText) {

    public static ParsedOrderView of(ParseResult result, List<CatalogEntry> catalog, String ocrText) {
        Map<String, CatalogEntry> bySku = catalog.stream()
                .collect(Collectors.toMap(CatalogEntry::sku, Function.identity(), (a, b) -> a));
        List<Line> lines = result.items().stream().map(item -> Line.of(item, bySku.get(item.sku()))).toList();
        BigDecimal total = lines.stream().map(Line::subtotal).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new ParsedOrderView(result.intent(), result.language(), result.engine(), lines, result.unresolved(),
                total, ocrText);
    }

    /** One parsed line; name, vendor and prices are null if the product left the catalog meanwhile. */
    public record Line(String sku, BigDecimal quantity, String unit, String text, String name, String vendorId,
                       BigDecimal unitPrice, BigDecimal subtotal) {

        static Line of(ParsedItem item, CatalogEntry entry) {
            if (entry == null) {
                return new Line(item.sku(), item.quantity(), item.unit(), item.text(), null, null, null, null);
            }
            BigDecimal subtotal = entry.price().multiply(item.quantity()).setScale(2, RoundingMode.HALF_UP);
            return new Line(item.sku(), item.quantity(), item.unit(), item.text(), entry.name(), entry.vendorCode(),
                    entry.price(), subtotal);
        }
    }
}
