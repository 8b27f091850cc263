package np.khaacho.command.parsing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One catalog line read from a message: the product's SKU and the quantity in the product's own
 * sale unit (50 kg of rice sold in 25 kg bags reads as 2 bag). {@code text} is the part of the
 * message it was read from, for showing the buyer what was understood; {@code asked}, when the buyer
 * counted in another unit than the sale unit, is what was asked in it ("36 ota", "50 kg"), else null.
 */
public record ParsedItem(String sku, BigDecimal quantity, String unit, String text, String asked) {

    public ParsedItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        quantity = quantity.stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
    }

    /** An item asked in its sale unit. */
    public ParsedItem(String sku, BigDecimal quantity, String unit, String text) {
        this(sku, quantity, unit, text, null);
    }
}
