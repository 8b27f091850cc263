package np.khaacho.command.parsing;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One catalog line read from a message: the product's SKU and the quantity in the product's own
 * sale unit (50 kg of rice sold in 25 kg bags reads as 2 bag). {@code text} is the part of the
 * message it was read from, for showing the buyer what was understood; {@code asked}, when the buyer
 * counted in another unit than the sale unit, is what was asked in it ("36 ota", "50 kg"), else null.
 * {@code pieces}, when the buyer counted the items a sale unit holds (bottles of a carton of 12), says how
 * many of how many a unit; if they do not make whole units the quantity is rounded up to whole ones, for
 * the vendor's rounding to decide.
 */
public record ParsedItem(String sku, BigDecimal quantity, String unit, String text, String asked,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Pieces pieces) {

    public ParsedItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        quantity = quantity.stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
    }

    public ParsedItem(String sku, BigDecimal quantity, String unit, String text, String asked) {
        this(sku, quantity, unit, text, asked, null);
    }

    /** An item asked in its sale unit. */
    public ParsedItem(String sku, BigDecimal quantity, String unit, String text) {
        this(sku, quantity, unit, text, null, null);
    }

    /** Items counted of those a sale unit holds: {@code count} of them, {@code perUnit} to a unit, as the buyer named them. */
    public record Pieces(BigDecimal count, BigDecimal perUnit, String unit) {

        /** Whether the items make whole sale units. */
        public boolean whole() {
            return count.remainder(perUnit).signum() == 0;
        }
    }
}
