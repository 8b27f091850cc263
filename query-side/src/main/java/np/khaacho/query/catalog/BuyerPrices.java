package np.khaacho.query.catalog;

import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.pricing.ListedPrice;
import np.khaacho.query.pricing.PriceListReader;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A buyer reads the catalog at its own prices: where a price list of the product's vendor prices it for
 * this buyer today (its own list, a group it is in, the vendor's base list), the product shows that
 * price and its steps by quantity. Other roles, and products no list prices for the buyer, read the
 * catalog price. A buyer never sees a list, nor a price meant for another buyer.
 */
@Component
class BuyerPrices {

    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");

    private final PriceListReader priceLists;

    BuyerPrices(PriceListReader priceLists) {
        this.priceLists = priceLists;
    }

    PageOf<ProductView> of(PageOf<ProductView> page, Actor actor) {
        if (!actor.is(Role.BUYER) || page.items().isEmpty()) {
            return page;
        }
        return new PageOf<>(priced(page.items(), actor), page.page(), page.size(), page.total());
    }

    ProductView of(ProductView product, Actor actor) {
        return actor.is(Role.BUYER) ? priced(List.of(product), actor).get(0) : product;
    }

    private List<ProductView> priced(List<ProductView> products, Actor actor) {
        Map<String, List<ListedPrice>> listed = priceLists.listedPrices(
                products.stream().map(product -> product.id().value()).toList());
        if (listed.isEmpty()) {
            return products;
        }
        BuyerId buyer = BuyerId.of(actor.userId());
        LocalDate today = LocalDate.now(NEPAL);
        return products.stream().map(product -> {
            List<ListedPrice> lists = listed.get(product.id().value());
            if (lists == null) {
                return product;
            }
            List<ListedPrice.Step> steps = ListedPrice.schedule(lists, buyer, today, Money.of(product.price()),
                    Quantity.of(product.minOrderQuantity()));
            boolean listPriced = steps.stream().anyMatch(step -> step.pricedBy() != null);
            return listPriced ? product.withPrices(steps) : product;
        }).toList();
    }
}
