package np.khaacho.app.support;

import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductPriceChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A streaming handler of the tests that fails on "poisoned" products, to show where failures go. */
@Component
@ProcessingGroup(FailingProbeProjection.GROUP)
public class FailingProbeProjection {

    public static final String GROUP = "failure-probe";
    public static final String POISON_PREFIX = "POISON-";

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Set<String> healed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> skuOfProduct = new ConcurrentHashMap<>();
    private final Map<String, Long> priceOfProduct = new ConcurrentHashMap<>();
    private final Set<String> outOfOrder = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(ProductListed event) {
        if (event.sku().startsWith(POISON_PREFIX) && !healed.contains(event.sku())) {
            throw new IllegalStateException("cannot project " + event.sku());
        }
        seen.add(event.sku());
        skuOfProduct.put(event.productId().value(), event.sku());
    }

    /**
     * A later event of a product, which makes sense only after its listing: one that arrives while the
     * listing is parked was let past the dead letters of its product, and is counted as out of order.
     */
    @EventHandler
    void on(ProductPriceChanged event) {
        String sku = skuOfProduct.get(event.productId().value());
        if (sku == null) {
            outOfOrder.add(event.productId().value());
            return;
        }
        priceOfProduct.put(sku, event.price().amount().longValue());
    }

    public boolean sawOutOfOrder(String productId) {
        return outOfOrder.contains(productId);
    }

    /** The price last projected for the product with this SKU, or null. */
    public Long price(String sku) {
        return priceOfProduct.get(sku);
    }

    /** The cause of the failure is mended: the event can be handled now. */
    public void heal(String sku) {
        healed.add(sku);
    }

    public boolean hasSeen(String sku) {
        return seen.contains(sku);
    }
}
