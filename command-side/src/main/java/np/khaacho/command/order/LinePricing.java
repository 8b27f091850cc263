package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.ProductTerms;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.pricing.ListedPrice;
import np.khaacho.kernel.pricing.PricedBy;
import np.khaacho.kernel.product.ProductId;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a buyer pays a unit of a product for a quantity today: the price its vendor's lists give it for that
 * quantity (its own list, its groups', the base list), or else the catalog price; with 13 % VAT added,
 * rounded half-up to the paisa, where the vendor states its prices without VAT and the product is
 * standard-rated. An order's lines are priced so, and so is the summary a buyer says yes to.
 */
@Component
public class LinePricing {

    private static final BigDecimal VAT_FACTOR = new BigDecimal("1.13");
    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private final OrderingTerms terms;

    public LinePricing(OrderingTerms terms) {
        this.terms = terms;
    }

    /** A unit price and the list and tier it comes from (none: the catalog price). */
    public record Priced(Money unitPrice, PricedBy pricedBy) {
    }

    /** The price of a product the buyer may order; empty for a product, or a vendor, nobody knows. */
    public Optional<Priced> price(BuyerId buyer, ProductId productId, Quantity quantity) {
        return terms.product(productId).flatMap(product -> terms.vendor(product.vendorId())
                .map(vendor -> price(product, quantity, vendor.addsVatToPrices(), buyer)));
    }

    Priced price(ProductTerms product, Quantity quantity, boolean addsVat, BuyerId buyer) {
        LocalDate today = LocalDate.ofInstant(GenericEventMessage.clock.instant(), NEPAL);
        Optional<ListedPrice.Chosen> listed = ListedPrice.choose(terms.listPrices(product.productId()), buyer,
                quantity, today);
        Money stated = listed.map(ListedPrice.Chosen::price).orElse(product.price());
        Money price = addsVat && product.vatClass() == VatClass.STANDARD
                ? new Money(stated.amount().multiply(VAT_FACTOR).setScale(2, RoundingMode.HALF_UP))
                : stated;
        return new Priced(price, listed.map(ListedPrice.Chosen::pricedBy).orElse(null));
    }
}
