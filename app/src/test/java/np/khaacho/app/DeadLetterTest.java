package np.khaacho.app;

import np.khaacho.app.probe.FailingProbeProjection;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A handler that fails does not lose the event, nor stop its processor: the event is dead-lettered. */
class DeadLetterTest extends IntegrationTest {

    @Autowired
    private CommandSender commands;
    @Autowired
    private FailingProbeProjection probe;

    @Test
    void aFailingEventGoesToTheDeadLetterQueueAndTheProcessorCarriesOn() {
        String poisoned = FailingProbeProjection.POISON_PREFIX + System.nanoTime();
        String healthy = "HEALTHY-" + System.nanoTime();
        list(poisoned);
        list(healthy);

        Eventually.waitUntil("the healthy event projected", () -> probe.hasSeen(healthy));
        Eventually.waitUntil("the poisoned event dead-lettered", () -> deadLetters(poisoned) == 1);
        assertThat(jdbc.queryForObject("""
                SELECT causemessage FROM axon.dead_letter_entry WHERE processinggroup = ?""",
                String.class, FailingProbeProjection.GROUP)).contains("cannot project " + poisoned);
        assertThat(probe.hasSeen(poisoned)).isFalse();
    }

    private void list(String sku) {
        commands.send(new ListProduct(ProductId.random(), VendorId.of(userId(VENDOR_PKR_PHONE)), sku,
                new ProductDetails("Probe " + sku, null, List.of(), "household", "piece", null), Money.of(10),
                Quantity.of(1)), Actor.system(Channel.SYSTEM));
    }

    private int deadLetters(String sku) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM axon.dead_letter_entry
                WHERE processinggroup = ? AND convert_from(payload, 'UTF8') LIKE ?""",
                Integer.class, FailingProbeProjection.GROUP, "%" + sku + "%");
        return count == null ? 0 : count;
    }
}
