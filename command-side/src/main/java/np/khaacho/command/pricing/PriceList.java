package np.khaacho.command.pricing;

import np.khaacho.command.Violations;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.ChangePriceListTerms;
import np.khaacho.kernel.pricing.CreatePriceList;
import np.khaacho.kernel.pricing.ListPriceSet;
import np.khaacho.kernel.pricing.PriceListCreated;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.kernel.pricing.PriceListKind;
import np.khaacho.kernel.pricing.PriceListTermsChanged;
import np.khaacho.kernel.pricing.PriceTier;
import np.khaacho.kernel.pricing.SetListPrice;
import np.khaacho.kernel.product.ProductId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One of a vendor's price lists: whom it prices for (every buyer, a group's buyers, one buyer), the days it
 * is valid, and each product's price in tiers by quantity. Every change is an event; an order keeps the
 * price it was placed at.
 */
@Aggregate
public class PriceList {

    private static final int MAX_TIERS = 10;
    private static final int MAX_BUYERS = 1000;

    @AggregateIdentifier
    private PriceListId priceListId;
    private VendorId vendorId;
    private PriceListKind kind;
    private String name;
    private List<BuyerId> buyers;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Map<ProductId, List<PriceTier>> prices = new HashMap<>();

    protected PriceList() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public PriceList(CreatePriceList command) {
        List<BuyerId> buyers = distinct(command.buyers());
        Violations violations = Violations.check()
                .present(command.vendorId(), "vendorId")
                .present(command.kind(), "kind");
        checkTerms(violations, command.kind(), command.name(), buyers, command.validFrom(), command.validUntil())
                .orRefuse("price list");
        apply(new PriceListCreated(command.priceListId(), command.vendorId(), command.name().strip(), command.kind(),
                buyers, command.validFrom(), command.validUntil()));
    }

    @CommandHandler
    public void handle(ChangePriceListTerms command) {
        List<BuyerId> newBuyers = distinct(command.buyers());
        checkTerms(Violations.check(), kind, command.name(), newBuyers, command.validFrom(), command.validUntil())
                .orRefuse("price list");
        String newName = command.name().strip();
        if (newName.equals(name) && newBuyers.equals(buyers) && Objects.equals(command.validFrom(), validFrom)
                && Objects.equals(command.validUntil(), validUntil)) {
            return;
        }
        apply(new PriceListTermsChanged(priceListId, vendorId, newName, newBuyers, command.validFrom(),
                command.validUntil()));
    }

    @CommandHandler
    public void handle(SetListPrice command) {
        List<PriceTier> tiers = command.tiers() == null ? List.of() : List.copyOf(command.tiers());
        Violations violations = Violations.check().present(command.productId(), "productId")
                .require(tiers.size() <= MAX_TIERS, "tiers", "at most " + MAX_TIERS + " tiers");
        for (int i = 0; i < tiers.size(); i++) {
            PriceTier tier = tiers.get(i);
            violations.present(tier, "tiers[" + i + "]");
            if (tier == null) {
                continue;
            }
            violations.positive(tier.from(), "tiers[" + i + "].from").positive(tier.price(), "tiers[" + i + "].price");
            if (i > 0 && tiers.get(i - 1) != null && tier.from() != null && tiers.get(i - 1).from() != null) {
                violations.require(tier.from().isGreaterThan(tiers.get(i - 1).from()), "tiers[" + i + "].from",
                        "each tier starts above the one before it");
            }
        }
        violations.orRefuse("list price");
        List<PriceTier> previous = prices.getOrDefault(command.productId(), List.of());
        if (previous.equals(tiers)) {
            return;
        }
        apply(new ListPriceSet(priceListId, vendorId, command.productId(), previous, tiers));
    }

    private static Violations checkTerms(Violations violations, PriceListKind kind, String name, List<BuyerId> buyers,
                                         LocalDate validFrom, LocalDate validUntil) {
        violations.notBlank(name, "name")
                .require(name == null || name.strip().length() <= 120, "name", "at most 120 characters")
                .require(validFrom == null || validUntil == null || !validUntil.isBefore(validFrom), "validUntil",
                        "the list cannot end before it starts")
                .require(buyers.size() <= MAX_BUYERS, "buyers", "at most " + MAX_BUYERS + " buyers");
        if (kind == PriceListKind.BASE) {
            violations.require(buyers.isEmpty(), "buyers", "a base list prices for every buyer; it names none");
        } else if (kind == PriceListKind.BUYER) {
            violations.require(buyers.size() == 1, "buyers", "a buyer's list names exactly one buyer");
        }
        return violations;
    }

    private static List<BuyerId> distinct(List<BuyerId> buyers) {
        return buyers == null ? List.of() : buyers.stream().filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(BuyerId::value)).toList();
    }

    @EventSourcingHandler
    void on(PriceListCreated event) {
        priceListId = event.priceListId();
        vendorId = event.vendorId();
        kind = event.kind();
        name = event.name();
        buyers = List.copyOf(event.buyers());
        validFrom = event.validFrom();
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(PriceListTermsChanged event) {
        name = event.name();
        buyers = List.copyOf(event.buyers());
        validFrom = event.validFrom();
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(ListPriceSet event) {
        if (event.tiers().isEmpty()) {
            prices.remove(event.productId());
        } else {
            prices.put(event.productId(), List.copyOf(event.tiers()));
        }
    }
}
