package np.khaacho.command.conversation;

import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.product.ProductDirectory.ProductRef;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.MultipleRounding;
import np.khaacho.kernel.product.ProductStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an order message asks for, vendor by vendor in the order the message names the goods, priced:
 * a SKU named twice is one line (the quantities added), named as the buyer calls it in the reply's
 * language, at the buyer's own price; and what could not be matched to an active product.
 */
record Basket(List<Part> parts, List<String> unresolved, List<Replies.Refusal> questions) {

    /** One vendor's share: the lines to draft, and the same lines as the summary shows them. */
    record Part(VendorId vendorId, String vendorName, List<OrderItem> items, List<Replies.Line> lines, Money total) {
    }

    /** {@code prices}: what the buyer pays a unit of the product for the quantity, as its order will be priced. */
    static Basket of(ParseResult result, Function<Collection<String>, List<ProductRef>> productsOf,
                     BiFunction<ProductRef, Quantity, Money> prices, Function<VendorId, String> vendorNames,
                     List<CatalogEntry> catalog, String language) {
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        result.items().forEach(item -> wanted.merge(item.sku(), item.quantity(), BigDecimal::add));
        Map<String, String> units = result.items().stream()
                .collect(Collectors.toMap(ParsedItem::sku, ParsedItem::unit, (a, b) -> a));
        Map<String, String> asked = new java.util.HashMap<>();
        result.items().stream().filter(item -> item.asked() != null)
                .forEach(item -> asked.merge(item.sku(), item.asked(), (a, b) -> a + " + " + b));
        Map<String, ParsedItem.Pieces> pieces = new HashMap<>();
        result.items().stream().filter(item -> item.pieces() != null)
                .filter(item -> result.items().stream().filter(other -> other.sku().equals(item.sku())).count() == 1)
                .forEach(item -> pieces.put(item.sku(), item.pieces()));
        Map<String, ProductRef> products = productsOf.apply(wanted.keySet()).stream()
                .collect(Collectors.toMap(ProductRef::sku, Function.identity()));
        Map<String, String> names = names(wanted.keySet(), catalog, language);
        List<String> unresolved = new ArrayList<>(result.unresolved());
        Map<VendorId, List<String>> byVendor = new LinkedHashMap<>();
        Map<String, String> why = new HashMap<>();
        List<Replies.Refusal> questions = new ArrayList<>();
        for (String sku : List.copyOf(wanted.keySet())) {
            ProductRef product = products.get(sku);
            if (product == null || product.status() != ProductStatus.ACTIVE) {
                unresolved.add(names.getOrDefault(sku, sku));
                continue;
            }
            String name = names.getOrDefault(sku, sku);
            String unit = units.get(sku);
            ParsedItem.Pieces items = pieces.get(sku);
            if (items != null) {
                if (!items.whole()) {
                    Loose loose = Loose.of(product, items);
                    if (loose.rounded() == null) {
                        questions.add(new Replies.Refusal(vendorNames.apply(product.vendorId()),
                                loose.question(name, unit, language)));
                        continue;
                    }
                    wanted.put(sku, loose.rounded());
                }
                why.put(sku, eachHolds(items, unit, language));
            }
            Multiple multiple = Multiple.of(product, wanted.get(sku));
            if (multiple != null) {
                if (multiple.rounded() == null) {
                    questions.add(new Replies.Refusal(vendorNames.apply(product.vendorId()),
                            multiple.question(name, unit, language)));
                    continue;
                }
                asked.putIfAbsent(sku, ReplyFormats.quantity(wanted.get(sku)) + " " + unit);
                why.merge(sku, multiple.why(language), (first, second) -> first + ", " + second);
                wanted.put(sku, multiple.rounded());
            }
            byVendor.computeIfAbsent(product.vendorId(), v -> new ArrayList<>()).add(sku);
        }
        List<Part> parts = byVendor.entrySet().stream().map(vendor -> {
            List<String> skus = vendor.getValue();
            List<Replies.Line> lines = skus.stream().map(sku -> {
                Quantity quantity = Quantity.of(wanted.get(sku));
                Money price = prices.apply(products.get(sku), quantity);
                return new Replies.Line(names.getOrDefault(sku, sku), wanted.get(sku), units.get(sku), price,
                        price.times(quantity), asked.get(sku), why.get(sku));
            }).toList();
            return new Part(vendor.getKey(), vendorNames.apply(vendor.getKey()),
                    skus.stream().map(sku -> new OrderItem(products.get(sku).productId(), Quantity.of(wanted.get(sku))))
                            .toList(),
                    lines, lines.stream().map(Replies.Line::subtotal).reduce(Money.ZERO, Money::plus));
        }).toList();
        return new Basket(parts, unresolved, questions);
    }

    /**
     * Of the quantities below and above one asked, the one the vendor's rounding takes: up (the default), down
     * (up when down is nothing), or null where it asks the buyer.
     */
    private static BigDecimal asTheVendorRounds(ProductRef product, BigDecimal down, BigDecimal up) {
        MultipleRounding rounding = product.multipleRounding() == null ? MultipleRounding.UP : product.multipleRounding();
        return switch (rounding) {
            case UP -> up;
            case DOWN -> down.signum() > 0 ? down : up;
            case ASK -> null;
        };
    }

    /** What one sale unit holds, said beside a count of its items: "12 bottle each". */
    private static String eachHolds(ParsedItem.Pieces items, String unit, String language) {
        return "ne".equals(language)
                ? "एक " + unit + " मा " + ReplyFormats.quantity(items.perUnit()) + " " + items.unit()
                : ReplyFormats.quantity(items.perUnit()) + " " + items.unit() + " each";
    }

    /**
     * Items that do not make whole sale units (40 bottles of cartons of 12): the whole units below and above,
     * and the one the vendor's rounding takes (down to nothing goes up instead), or, where it asks, null.
     */
    private record Loose(ParsedItem.Pieces items, BigDecimal down, BigDecimal up, BigDecimal rounded) {

        static Loose of(ProductRef product, ParsedItem.Pieces items) {
            BigDecimal down = items.count().divide(items.perUnit(), 0, RoundingMode.FLOOR);
            BigDecimal up = items.count().divide(items.perUnit(), 0, RoundingMode.CEILING);
            return new Loose(items, down, up, asTheVendorRounds(product, down, up));
        }

        String question(String name, String unit, String language) {
            String count = ReplyFormats.quantity(items.perUnit()) + " " + items.unit();
            String itemChoices = down.signum() > 0
                    ? ReplyFormats.quantity(down.multiply(items.perUnit())) + " / " + ReplyFormats.quantity(up.multiply(items.perUnit()))
                    : ReplyFormats.quantity(up.multiply(items.perUnit()));
            String unitChoices = down.signum() > 0 ? ReplyFormats.quantity(down) + " / " + ReplyFormats.quantity(up)
                    : ReplyFormats.quantity(up);
            return "ne".equals(language)
                    ? name + " पूरा " + unit + " (एक " + unit + " मा " + count + ") मा मात्र बिक्छ: " + itemChoices + " "
                            + items.unit() + " (" + unitChoices + " " + unit + ") लेखेर फेरि पठाउनुहोस्"
                    : name + " is sold by the whole " + unit + " of " + count + ": send " + itemChoices + " " + items.unit()
                            + " (" + unitChoices + " " + unit + ") instead";
        }
    }

    /**
     * A quantity of a product sold only in multiples that is not one: rounded as its vendor chose (down to
     * nothing goes up instead), or, where the vendor asks, null and a question with the two nearest.
     */
    private record Multiple(BigDecimal multiple, BigDecimal down, BigDecimal up, BigDecimal rounded) {

        static Multiple of(ProductRef product, BigDecimal quantity) {
            BigDecimal multiple = product.orderMultiple();
            if (multiple == null || multiple.signum() <= 0 || quantity.remainder(multiple).signum() == 0) {
                return null;
            }
            BigDecimal down = quantity.divideToIntegralValue(multiple).multiply(multiple);
            BigDecimal up = down.add(multiple);
            return new Multiple(multiple, down, up, asTheVendorRounds(product, down, up));
        }

        String why(String language) {
            return "ne".equals(language) ? ReplyFormats.quantity(multiple) + " को गुणनमा मात्र बिक्छ"
                    : "sold in multiples of " + ReplyFormats.quantity(multiple);
        }

        String question(String name, String unit, String language) {
            String choices = down.signum() > 0 ? ReplyFormats.quantity(down) + " / " + ReplyFormats.quantity(up) : ReplyFormats.quantity(up);
            return "ne".equals(language)
                    ? name + " " + ReplyFormats.quantity(multiple) + " " + unit + " को गुणनमा मात्र बिक्छ: " + choices + " " + unit
                            + " लेखेर फेरि पठाउनुहोस्"
                    : name + " is sold in multiples of " + ReplyFormats.quantity(multiple) + " " + unit + ": send " + choices + " "
                            + unit + " instead";
        }
    }


    /** What the buyer calls these products in the reply's language, by SKU. */
    /** The names of these products as the buyer reads them: in Nepali when it writes Nepali and the product has one. */
    static Map<String, String> names(Collection<String> skus, List<CatalogEntry> catalog, String language) {
        Map<String, String> names = new HashMap<>();
        for (CatalogEntry entry : catalog) {
            if (skus.contains(entry.sku())) {
                boolean nepali = "ne".equals(language) && entry.nameNe() != null && !entry.nameNe().isBlank();
                names.put(entry.sku(), nepali ? entry.nameNe() : entry.name());
            }
        }
        return names;
    }
}
