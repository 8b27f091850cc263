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
import java.util.Map;

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

        Api admin = as(ADMIN_PHONE);
        var listed = admin.get("/v1/admin/dead-letters");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.data().findValuesAsText("processingGroup")).contains(FailingProbeProjection.GROUP);
        assertThat(as(VENDOR_PKR_PHONE).get("/v1/admin/dead-letters").status()).isEqualTo(403);

        var stillFailing = admin.post("/v1/admin/dead-letters/" + FailingProbeProjection.GROUP + "/retry", Map.of());
        assertThat(stillFailing.status()).isEqualTo(200);
        assertThat(deadLetters(poisoned)).isEqualTo(1);

        probe.heal(poisoned);
        var retried = admin.post("/v1/admin/dead-letters/" + FailingProbeProjection.GROUP + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.data().get("sequencesProcessed").asInt()).isPositive();
        assertThat(deadLetters(poisoned)).isZero();
        assertThat(probe.hasSeen(poisoned)).isTrue();
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
