package np.khaacho.command.parsing.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a segment's tokens into quantities, product words and unknown words, then pairs them into
 * items. Buyers write the quantity after the goods ("chini 10 kilo", "Colgate x 12") or before them
 * ("2 bags of basmati"); the first quantity or product word of the segment tells which.
 */
final class Lines {

    private static final String GOOD = Fold.key("good");

    private enum Kind { QUANTITY, PRODUCT, UNKNOWN }

    /** A run of tokens of one kind. */
    private static final class Element {
        final Kind kind;
        final Set<String> words = new LinkedHashSet<>();
        BigDecimal amount;
        Unit unit;
        boolean weak = true;
        final int start;
        int end;

        Element(Kind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    /** An item being assembled. */
    private static final class Draft {
        Element anchor;
        final List<Element> quantities = new ArrayList<>();
        final List<Boolean> afterWords = new ArrayList<>();
        boolean descriptor;
        int start = Integer.MAX_VALUE;
        int end;
        Element last;

        void add(Element element) {
            start = Math.min(start, element.start);
            end = Math.max(end, element.end);
            last = element;
        }

        void quantity(Element element, boolean after) {
            quantities.add(element);
            afterWords.add(after);
            add(element);
        }

        /**
         * The item, or one item per size when the words are followed by more than a count and a size:
         * "tokla 1 kg ko 3 packet ra 500 gm ko 6 packet" is two items of one family, and so is "coke 2 ctn
         * ra 2.25 litre ko 12 bottle" (a size binds the count after it).
         */
        List<Line> lines() {
            List<Line.Quantity> list = new ArrayList<>(quantities.size());
            for (int i = 0; i < quantities.size(); i++) {
                list.add(new Line.Quantity(quantities.get(i).amount, quantities.get(i).unit, afterWords.get(i)));
            }
            List<String> words = List.copyOf(anchor.words);
            boolean unknown = anchor.kind == Kind.UNKNOWN;
            if (list.size() <= 2) {
                return List.of(new Line(words, list, unknown, anchor.weak, descriptor, start, end));
            }
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Line.Quantity quantity = list.get(i);
                boolean size = quantity.unit() != null && quantity.unit().measure();
                boolean countNext = i + 1 < list.size()
                        && (list.get(i + 1).unit() == null || !list.get(i + 1).unit().measure());
                int from = quantities.get(i).start;
                int to = quantities.get(size && countNext ? i + 1 : i).end;
                List<Line.Quantity> group = size && countNext ? List.of(quantity, list.get(i + 1)) : List.of(quantity);
                lines.add(new Line(words, group, unknown, anchor.weak, descriptor, lines.isEmpty() ? start : from, to));
                if (size && countNext) {
                    i++;
                }
            }
            return lines;
        }
    }

    private Lines() {
    }

    static List<Line> of(List<Token> segment, CatalogIndex index) {
        return of(segment, index, List.of());
    }

    /**
     * With {@code family}: the product words of the segment before, which a segment of quantities alone
     * takes ("sunflower oil 5L wala 2, 1L wala 12": the second segment is sunflower oil too).
     */
    static List<Line> of(List<Token> segment, CatalogIndex index, List<String> family) {
        List<Element> elements = dropWeakProducts(elements(segment, index));
        if (!family.isEmpty() && first(elements, Kind.PRODUCT) < 0 && first(elements, Kind.UNKNOWN) < 0
                && sizeAndCount(elements)) {
            Element first = elements.get(first(elements, Kind.QUANTITY));
            Element named = new Element(Kind.PRODUCT, first.start, first.start);
            named.words.addAll(family);
            named.weak = false;
            elements.add(0, named);
        }
        int firstQuantity = first(elements, Kind.QUANTITY);
        int firstProduct = first(elements, Kind.PRODUCT);
        int firstAnchor = firstProduct >= 0 ? firstProduct : first(elements, Kind.UNKNOWN);
        List<Draft> drafts = firstQuantity >= 0 && (firstAnchor < 0 || firstQuantity < firstAnchor)
                ? quantityFirst(elements) : wordsFirst(elements);
        List<Line> lines = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            if (draft.anchor != null) {
                lines.addAll(draft.lines());
            }
        }
        return lines;
    }

    private static List<Element> elements(List<Token> segment, CatalogIndex index) {
        List<Element> elements = new ArrayList<>();
        int n = segment.size();
        for (int i = 0; i < n; i++) {
            Token token = segment.get(i);
            Token next = i + 1 < n ? segment.get(i + 1) : null;
            if (token.isNumber()) {
                if (next != null && next.isWord()
                        && (Lexicon.TIME_AFTER_NUMBER.contains(next.key()) || Lexicon.CURRENCY.contains(next.key()))) {
                    i++;
                    continue;
                }
                Token previous = i > 0 ? segment.get(i - 1) : null;
                if ((previous != null && previous.isWord()
                        && (Lexicon.MONTHS.contains(previous.key()) || Lexicon.CURRENCY.contains(previous.key())))
                        || token.value().compareTo(BigDecimal.valueOf(99_999)) > 0) {
                    continue;
                }
                Unit unit = next != null && next.isWord() ? Unit.of(next.text()) : null;
                Element quantity = new Element(Kind.QUANTITY, token.start(), unit == null ? token.end() : next.end());
                quantity.amount = token.value();
                quantity.unit = unit;
                elements.add(quantity);
                if (unit != null) {
                    i++;
                }
                continue;
            }
            if (token.isTimes()) {
                continue;
            }
            BigDecimal spelled = NumberWords.value(token.text());
            if (spelled != null && next != null && next.isWord()) {
                Unit unit = Unit.of(next.text());
                boolean product = unit == null && !NumberWords.onlyBeforeUnit(token.text())
                        && !Lexicon.FILLER.contains(next.key()) && index.lookup(next) != null;
                if (unit != null || product) {
                    Element quantity = new Element(Kind.QUANTITY, token.start(), unit != null ? next.end() : token.end());
                    quantity.amount = spelled;
                    quantity.unit = unit;
                    elements.add(quantity);
                    if (unit != null) {
                        i++;
                    }
                    continue;
                }
            }
            Unit unit = Unit.of(token.text());
            if (unit != null && i + 2 < n && next.isTimes() && segment.get(i + 2).isNumber()) {
                Token number = segment.get(i + 2);
                Element quantity = new Element(Kind.QUANTITY, token.start(), number.end());
                quantity.amount = number.value();
                quantity.unit = unit;
                elements.add(quantity);
                i += 2;
                continue;
            }
            if (token.key().equals(GOOD) && next != null && Lexicon.GREETING_TAILS.contains(next.key())) {
                i++;
                continue;
            }
            if (Lexicon.FILLER.contains(token.key()) || Lexicon.CURRENCY.contains(token.key())) {
                continue;
            }
            String word = index.lookup(token);
            if (word == null && Lexicon.imperative(token.text())) {
                continue;
            }
            if (word != null) {
                Element product = run(elements, Kind.PRODUCT, token);
                product.words.add(word);
                product.weak &= index.weak(word);
            } else if (unit == null && spelled == null && token.text().length() >= 2) {
                run(elements, Kind.UNKNOWN, token);
            }
        }
        return elements;
    }

    /** The element the token extends (the last one, when of the same kind) or a new one. */
    private static Element run(List<Element> elements, Kind kind, Token token) {
        Element last = elements.isEmpty() ? null : elements.get(elements.size() - 1);
        if (last != null && last.kind == kind) {
            last.end = token.end();
            return last;
        }
        Element element = new Element(kind, token.start(), token.end());
        elements.add(element);
        return element;
    }

    /** "good", "red" alone name nothing when the segment names a product with stronger words. */
    private static List<Element> dropWeakProducts(List<Element> elements) {
        boolean strong = elements.stream().anyMatch(e -> e.kind == Kind.PRODUCT && !e.weak);
        if (!strong) {
            return elements;
        }
        List<Element> kept = new ArrayList<>(elements.size());
        for (Element element : elements) {
            if (element.kind != Kind.PRODUCT || !element.weak) {
                kept.add(element);
            }
        }
        return kept;
    }

    /** A size ("1L", "500 g") and a count among the quantities: the next size of a family named before. */
    private static boolean sizeAndCount(List<Element> elements) {
        boolean size = false;
        boolean count = false;
        for (Element element : elements) {
            if (element.kind == Kind.QUANTITY) {
                boolean measure = element.unit != null && element.unit.measure();
                size |= measure;
                count |= !measure;
            }
        }
        return size && count;
    }

    private static int first(List<Element> elements, Kind kind) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).kind == kind) {
                return i;
            }
        }
        return -1;
    }

    /** "chini 10 kilo", "Tokla tea 500 g ko 10 packet": each product or unknown word takes the quantities after it. */
    private static List<Draft> wordsFirst(List<Element> elements) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (Element element : elements) {
            switch (element.kind) {
                case PRODUCT -> {
                    current = anchored(element);
                    drafts.add(current);
                }
                case UNKNOWN -> {
                    if (current != null && current.anchor.kind == Kind.PRODUCT && current.quantities.isEmpty()) {
                        current.descriptor = true;
                        current.add(element);
                    } else {
                        current = anchored(element);
                        drafts.add(current);
                    }
                }
                case QUANTITY -> {
                    if (current != null) {
                        current.quantity(element, true);
                    }
                }
            }
        }
        return drafts;
    }

    /** "2 bags of basmati", "2 carton coke 500ml": each quantity takes the words after it. */
    private static List<Draft> quantityFirst(List<Element> elements) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (element.kind == Kind.QUANTITY) {
                boolean lastOrBeforeQuantity = i + 1 == elements.size() || elements.get(i + 1).kind == Kind.QUANTITY;
                if (current != null && current.anchor == null) {
                    current.quantity(element, false);
                } else if (current != null && current.last == current.anchor && current.anchor.kind == Kind.PRODUCT
                        && current.quantities.size() == 1 && lastOrBeforeQuantity
                        && element.unit != null && element.unit.measure()) {
                    current.quantity(element, true);
                } else {
                    current = new Draft();
                    current.quantity(element, false);
                    drafts.add(current);
                }
            } else if (current != null && current.anchor == null) {
                current.anchor = element;
                current.add(element);
            } else if (current != null && element.kind == Kind.UNKNOWN && current.last == current.anchor
                    && current.anchor.kind == Kind.PRODUCT) {
                current.descriptor = true;
                current.add(element);
            } else if (element.kind == Kind.PRODUCT) {
                current = anchored(element);
                drafts.add(current);
            }
        }
        return drafts;
    }

    private static Draft anchored(Element anchor) {
        Draft draft = new Draft();
        draft.anchor = anchor;
        draft.add(anchor);
        return draft;
    }
}
