package np.khaacho.kernel.pricing;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.BuyerId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A product's price in one price list, with the list's terms: whom it prices for and on which days
 * (Nepal's days, both ends included, either open).
 */
public record ListedPrice(PriceListId priceListId, String listName, PriceListKind kind, Set<BuyerId> buyers,
                          LocalDate validFrom, LocalDate validUntil, List<PriceTier> tiers) {

    public ListedPrice {
        buyers = buyers == null ? Set.of() : Set.copyOf(buyers);
        tiers = tiers == null ? List.of() : tiers.stream().sorted(Comparator.comparing(PriceTier::from)).toList();
    }

    /** Whether the list prices for this buyer on this day. */
    public boolean appliesTo(BuyerId buyer, LocalDate day) {
        boolean forBuyer = kind == PriceListKind.BASE || buyers.contains(buyer);
        boolean started = validFrom == null || !day.isBefore(validFrom);
        boolean ended = validUntil != null && day.isAfter(validUntil);
        return forBuyer && started && !ended;
    }

    /** The tier a quantity falls in: the one with the highest start at or below it; none below the first. */
    public Optional<PriceTier> tierFor(Quantity quantity) {
        PriceTier found = null;
        for (PriceTier tier : tiers) {
            if (tier.from().compareTo(quantity) <= 0) {
                found = tier;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The price a buyer pays for a quantity on a day, from the lists that price the product: the buyer's
     * own list first, then its groups' (the lowest of them, should it be in several), then the vendor's
     * base list; a list whose tiers start above the quantity does not price it. Empty: the catalog price.
     */
    public static Optional<Chosen> choose(List<ListedPrice> lists, BuyerId buyer, Quantity quantity, LocalDate day) {
        Chosen best = null;
        for (ListedPrice list : lists) {
            if (!list.appliesTo(buyer, day)) {
                continue;
            }
            Optional<PriceTier> tier = list.tierFor(quantity);
            if (tier.isEmpty()) {
                continue;
            }
            Chosen candidate = new Chosen(tier.get().price(),
                    new PricedBy(list.priceListId(), list.listName(), list.kind(), tier.get().from()));
            if (best == null || candidate.before(best)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What a buyer pays on a day, quantity by quantity, from the product's minimum order quantity on: a
     * step wherever a list's tier starts, steps of one price and source merged. A step without a list is
     * the catalog price.
     */
    public static List<Step> schedule(List<ListedPrice> lists, BuyerId buyer, LocalDate day, Money catalogPrice,
                                      Quantity minimum) {
        TreeSet<Quantity> starts = new TreeSet<>();
        starts.add(minimum);
        for (ListedPrice list : lists) {
            if (list.appliesTo(buyer, day)) {
                list.tiers().stream().map(PriceTier::from).filter(from -> from.isGreaterThan(minimum))
                        .forEach(starts::add);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (Quantity from : starts) {
            Optional<Chosen> chosen = choose(lists, buyer, from, day);
            Step step = new Step(from, chosen.map(Chosen::price).orElse(catalogPrice),
                    chosen.map(Chosen::pricedBy).orElse(null));
            Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last == null || !last.price().equals(step.price())
                    || !Objects.equals(listOf(last), listOf(step))) {
                steps.add(step);
            }
        }
        return List.copyOf(steps);
    }

    private static PriceListId listOf(Step step) {
        return step.pricedBy() == null ? null : step.pricedBy().priceListId();
    }

    /** From this quantity on, this unit price, from this list and tier (none: the catalog price). */
    public record Step(Quantity from, Money price, PricedBy pricedBy) {
    }

    /** A price, and the list and tier it comes from. */
    public record Chosen(Money price, PricedBy pricedBy) {

        private boolean before(Chosen other) {
            int precedence = Integer.compare(pricedBy.kind().precedence(), other.pricedBy.kind().precedence());
            if (precedence != 0) {
                return precedence < 0;
            }
            int cheaper = price.amount().compareTo(other.price.amount());
            if (cheaper != 0) {
                return cheaper < 0;
            }
            return pricedBy.priceListId().value().compareTo(other.pricedBy.priceListId().value()) < 0;
        }
    }
}
