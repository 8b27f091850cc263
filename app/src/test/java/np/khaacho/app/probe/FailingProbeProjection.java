package np.khaacho.app.probe;

import np.khaacho.kernel.product.ProductListed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

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

    @EventHandler
    void on(ProductListed event) {
        if (event.sku().startsWith(POISON_PREFIX) && !healed.contains(event.sku())) {
            throw new IllegalStateException("cannot project " + event.sku());
        }
        seen.add(event.sku());
    }

    /** The cause of the failure is mended: the event can be handled now. */
    public void heal(String sku) {
        healed.add(sku);
    }

    public boolean hasSeen(String sku) {
        return seen.contains(sku);
    }
}
