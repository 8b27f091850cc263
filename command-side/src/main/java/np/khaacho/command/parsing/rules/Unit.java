package np.khaacho.command.parsing.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The units buyers write, with their spellings in English, romanized Nepali and Devanagari. Mass and
 * volume units carry their size in grams or millilitres so they convert into each other; the others
 * are counts of something.
 */
enum Unit {
    KG(Dimension.MASS, 1000, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kgm", "केजी", "किलो", "केजि", "किलोग्राम"),
    G(Dimension.MASS, 1, "g", "gm", "gms", "gram", "grams", "gramme", "gr", "grm", "ग्राम", "ग्रा"),
    LITRE(Dimension.VOLUME, 1000, "l", "lt", "ltr", "ltrs", "litre", "litres", "liter", "liters", "lit", "lites", "लिटर", "लि", "ली"),
    ML(Dimension.VOLUME, 1, "ml", "mls", "millilitre", "milliliter", "एमएल", "मिलि", "मिलिलिटर"),
    BAG(Dimension.COUNT, 0, "bag", "bags", "bora", "boras", "bori", "sack", "sacks", "बोरा", "बोरी"),
    PACKET(Dimension.COUNT, 0, "packet", "packets", "pkt", "pkts", "pack", "packs", "pk", "pouch", "pouches", "paket", "pakets",
            "packed", "प्याकेट", "पाकेट", "पैकेट", "प्याकट"),
    CARTON(Dimension.COUNT, 0, "carton", "cartons", "ctn", "ctns", "cartoon", "cartoons", "karton", "kartun", "cartun",
            "कार्टुन", "कार्टून", "कार्टन", "कटुन"),
    DOZEN(Dimension.COUNT, 0, "dozen", "dozens", "dz", "doz", "dzn", "darjan", "darjen", "darjon", "दर्जन"),
    PIECE(Dimension.COUNT, 0, "piece", "pieces", "pcs", "pc", "pis", "pices", "peice", "peices", "nos", "पिस", "पिसेस"),
    BOTTLE(Dimension.COUNT, 0, "bottle", "bottles", "btl", "btls", "botal", "botals", "bottal", "बोतल", "बोटल"),
    BOX(Dimension.COUNT, 0, "box", "boxes", "bx", "dabba", "dabbas", "dibba", "daba", "batta", "डब्बा", "बट्टा", "बाकस"),
    CRATE(Dimension.COUNT, 0, "crate", "crates", "kret", "क्रेट"),
    TRAY(Dimension.COUNT, 0, "tray", "trays", "ट्रे"),
    JAR(Dimension.COUNT, 0, "jar", "jars", "जार"),
    ROLL(Dimension.COUNT, 0, "roll", "rolls", "रोल"),
    /** "ota", "वटा": a count of whatever the product is sold in. */
    GENERIC(Dimension.COUNT, 0, "ota", "wota", "wata", "vata", "gota", "goti", "वटा", "ओटा", "गोटा");

    enum Dimension { MASS, VOLUME, COUNT }

    private static final Map<String, Unit> BY_SPELLING = new HashMap<>();

    static {
        for (Unit unit : values()) {
            for (String spelling : unit.spellings) {
                BY_SPELLING.put(spelling, unit);
            }
        }
        for (Unit unit : values()) {
            for (String spelling : unit.spellings) {
                BY_SPELLING.putIfAbsent(Fold.key(spelling), unit);
            }
        }
    }

    final Dimension dimension;
    /** Grams or millilitres in one of this unit; zero for counts. */
    final BigDecimal base;
    private final String[] spellings;

    Unit(Dimension dimension, int base, String... spellings) {
        this.dimension = dimension;
        this.base = BigDecimal.valueOf(base);
        this.spellings = spellings;
    }

    boolean measure() {
        return dimension != Dimension.COUNT;
    }

    /** The unit a word spells, or null: "kgs", "bora", "प्याकेट", "केजीको" (with the Nepali "of"). */
    static Unit of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Unit unit = spelled(lower);
        if (unit == null && lower.length() > 3 && (lower.endsWith("को") || lower.endsWith("ko"))) {
            unit = spelled(lower.substring(0, lower.length() - 2));
        }
        return unit;
    }

    /**
     * Whether a word names this unit, alone or as its end ("matchboxes" names boxes, "बोतलको" bottles):
     * how a buyer says it counts the items inside a pack.
     */
    boolean namedBy(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (of(lower) == this) {
            return true;
        }
        for (String spelling : spellings) {
            if (spelling.length() >= 3 && lower.length() > spelling.length() + 2 && lower.endsWith(spelling)) {
                return true;
            }
        }
        return false;
    }

    private static Unit spelled(String lower) {
        Unit unit = BY_SPELLING.get(lower);
        return unit != null ? unit : BY_SPELLING.get(Fold.key(lower));
    }
}
