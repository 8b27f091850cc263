package np.khaacho.command.parsing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as the parsers see it: its names, aliases and brand words for matching, the sale unit
 * and pack size for converting quantities ("25 kg" bags), and the vendor and price for the summary.
 * The columns of the catalog CSV ({@code sku,vendor_code,name,name_ne,aliases,category,unit,pack_size,price_npr,…}).
 */
public record CatalogEntry(
        String sku,
        String vendorCode,
        String name,
        String nameNe,
        List<String> aliases,
        String category,
        String unit,
        String packSize,
        BigDecimal price) {

    public CatalogEntry {
        aliases = List.copyOf(aliases);
    }
}
