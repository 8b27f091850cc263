package np.khaacho.command.parsing.rules;

import np.khaacho.command.parsing.CatalogEntry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * A catalog entry with its units read: the sale unit, what one sale unit holds ("25 kg", "30 packet")
 * and the size of one item in grams or millilitres, from the pack size or the name ("Coca-Cola 500 ml
 * (carton of 24)"), used when the buyer names a size ("Tokla tea 500 g ko 10 packet").
 */
final class Product {

    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);

    final CatalogEntry entry;
    final Unit saleUnit;
    final BigDecimal packQuantity;
    final Unit packUnit;
    final BigDecimal sizeBase;
    final Unit.Dimension sizeDimension;

    Product(CatalogEntry entry) {
        this.entry = entry;
        this.saleUnit = entry.unit() == null ? null : Unit.of(entry.unit().trim());
        Amount pack = firstAmount(entry.packSize(), false);
        this.packQuantity = pack == null ? null : pack.quantity;
        this.packUnit = pack == null ? null : pack.unit;
        Amount size = pack != null && pack.unit.measure() ? pack : firstAmount(entry.name(), true);
        this.sizeBase = size == null ? null : size.quantity.multiply(size.unit.base);
        this.sizeDimension = size == null ? null : size.unit.dimension;
    }

    private record Amount(BigDecimal quantity, Unit unit) {
    }

    private static Amount firstAmount(String text, boolean measureOnly) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (List<Token> segment : Tokenizer.segments(Fold.asciiDigits(text.toLowerCase(Locale.ROOT)))) {
            for (int i = 0; i + 1 < segment.size(); i++) {
                Token token = segment.get(i);
                Token next = segment.get(i + 1);
                if (token.isNumber() && next.isWord()) {
                    Unit unit = Unit.of(next.text());
                    if (unit != null && unit != Unit.GENERIC && (!measureOnly || unit.measure())) {
                        return new Amount(token.value(), unit);
                    }
                }
            }
        }
        return null;
    }

    /** Whether a size the buyer wrote ("500 ml", "1 kg") is this product's. */
    boolean hasSize(BigDecimal quantity, Unit unit) {
        return sizeBase != null && unit.measure() && unit.dimension == sizeDimension
                && quantity.multiply(unit.base).compareTo(sizeBase) == 0;
    }

    /**
     * The quantity in the sale unit, or null when it does not convert exactly (30 kg of rice in
     * 25 kg bags, litres of a product sold by the kilo, cartons of a product sold by the packet).
     */
    BigDecimal inSaleUnit(BigDecimal quantity, Unit unit) {
        if (unit == Unit.GENERIC && countsPacks(quantity)) {
            // "36 ota" of water sold in cartons of 12 bottles: 36 bottles, 3 cartons
            return divide(quantity, packQuantity, true);
        }
        if (unit == null || unit == Unit.GENERIC || unit == saleUnit) {
            return quantity;
        }
        if (saleUnit == null) {
            return null;
        }
        if (unit == Unit.DOZEN) {
            quantity = quantity.multiply(DOZEN);
            unit = Unit.PIECE;
            if (saleUnit == Unit.PIECE) {
                return quantity;
            }
        }
        if (unit.measure() && saleUnit.measure()) {
            return unit.dimension == saleUnit.dimension ? divide(quantity.multiply(unit.base), saleUnit.base, false) : null;
        }
        if (packUnit != null) {
            BigDecimal packs = null;
            if (unit.measure() && packUnit.measure() && unit.dimension == packUnit.dimension) {
                packs = divide(quantity.multiply(unit.base), packQuantity.multiply(packUnit.base), true);
            } else if (unit == packUnit) {
                packs = divide(quantity, packQuantity, true);
            }
            if (packs != null) {
                return packs;
            }
        }
        if (unit == Unit.PIECE && saleUnit == Unit.BOTTLE) {
            return quantity;
        }
        if (unit == Unit.PIECE && saleUnit == Unit.DOZEN) {
            return divide(quantity, DOZEN, true);
        }
        return null;
    }

    /**
     * The unit of the items a pack holds, when a word of the buyer's names it ("pani ko bottle 36 ota",
     * "100 matchboxes"): then a count without a unit counts those items. Null otherwise.
     */
    Unit innerUnitNamedIn(List<String> words) {
        if (!packOfItems()) {
            return null;
        }
        for (String word : words) {
            if (packUnit.namedBy(word)) {
                return packUnit;
            }
        }
        return null;
    }

    /**
     * How many of the counted items one sale unit holds, when the count is of the items a pack holds (named,
     * "pani ko bottle 40 ota", "30 pieces" of a product sold by the dozen, or "n ota" making whole packs):
     * 12 for bottles of a carton of 12; null when the count is not of such items.
     */
    BigDecimal itemsPerSaleUnit(BigDecimal quantity, Unit unit) {
        if (unit == Unit.PIECE && saleUnit == Unit.DOZEN) {
            return DOZEN;
        }
        if (!packOfItems()) {
            return null;
        }
        return unit == packUnit || (unit == Unit.GENERIC && countsPacks(quantity)) ? packQuantity : null;
    }

    /**
     * Whether "n ota" of a product sold in packs of countable items counts the items: a whole number of
     * two packs or more (24 "wota" of soap sold by the dozen is 2 dozen; 2 "ota" of noodles are 2 cartons).
     */
    private boolean countsPacks(BigDecimal quantity) {
        if (!packOfItems()) {
            return false;
        }
        BigDecimal packs = divide(quantity, packQuantity, true);
        return packs != null && packs.compareTo(BigDecimal.valueOf(2)) >= 0;
    }

    /** Whether one sale unit holds several countable items of another unit (a carton of 12 bottles). */
    private boolean packOfItems() {
        return packUnit != null && !packUnit.measure() && packUnit != saleUnit && packQuantity != null
                && packQuantity.compareTo(BigDecimal.ONE) > 0;
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, boolean whole) {
        if (divisor.signum() == 0) {
            return null;
        }
        BigDecimal result = dividend.divide(divisor, 6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (result.multiply(divisor).compareTo(dividend) != 0) {
            return null;
        }
        if (whole && result.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return result;
    }
}
