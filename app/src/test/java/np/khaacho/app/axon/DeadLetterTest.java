package np.khaacho.app.axon;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.FailingProbeProjection;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ChangeProductPrice;
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
        ProductId poisonedId = list(poisoned);
        ProductId healthyId = list(healthy);
        commands.send(new ChangeProductPrice(poisonedId, Money.of(12)), Actor.system(Channel.SYSTEM));
        commands.send(new ChangeProductPrice(healthyId, Money.of(11)), Actor.system(Channel.SYSTEM));

        Eventually.waitUntil("the healthy product's later event projected", () -> Long.valueOf(11).equals(probe.price(healthy)));
        Eventually.waitUntil("the poisoned event and the later one of its product dead-lettered",
                () -> deadLetters(poisonedId) == 2);
        assertThat(jdbc.queryForObject("""
                SELECT causemessage FROM axon.dead_letter_entry WHERE processinggroup = ? AND sequenceidentifier = ?
                ORDER BY sequenceindex LIMIT 1""",
                String.class, FailingProbeProjection.GROUP, poisonedId.value())).contains("cannot project " + poisoned);
        assertThat(probe.hasSeen(poisoned)).isFalse();
        assertThat(probe.sawOutOfOrder(poisonedId.value())).as("the price came past its parked listing").isFalse();

        Api admin = as(ADMIN_PHONE);
        var listed = admin.get("/v1/admin/dead-letters");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.data().findValuesAsText("processingGroup")).contains(FailingProbeProjection.GROUP);
        assertThat(as(VENDOR_PKR_PHONE).get("/v1/admin/dead-letters").status()).isEqualTo(403);

        var stillFailing = admin.post("/v1/admin/dead-letters/" + FailingProbeProjection.GROUP + "/retry", Map.of());
        assertThat(stillFailing.status()).isEqualTo(200);
        assertThat(deadLetters(poisonedId)).isEqualTo(2);

        probe.heal(poisoned);
        var retried = admin.post("/v1/admin/dead-letters/" + FailingProbeProjection.GROUP + "/retry", Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.data().get("sequencesProcessed").asInt()).isPositive();
        assertThat(deadLetters(poisonedId)).isZero();
        assertThat(probe.hasSeen(poisoned)).isTrue();
        assertThat(probe.price(poisoned)).as("the parked price, handled after its listing").isEqualTo(12L);

        // the product's sequence is clear again: its next event is handled at once
        commands.send(new ChangeProductPrice(poisonedId, Money.of(13)), Actor.system(Channel.SYSTEM));
        Eventually.waitUntil("the next price projected", () -> Long.valueOf(13).equals(probe.price(poisoned)));
        assertThat(deadLetters(poisonedId)).isZero();
    }

    private ProductId list(String sku) {
        ProductId id = ProductId.random();
        commands.send(new ListProduct(id, VendorId.of(userId(VENDOR_PKR_PHONE)), sku,
                new ProductDetails("Probe " + sku, null, List.of(), "household", "piece", null), Money.of(10),
                Quantity.of(1)), Actor.system(Channel.SYSTEM));
        return id;
    }

    private int deadLetters(ProductId product) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM axon.dead_letter_entry WHERE processinggroup = ? AND sequenceidentifier = ?""",
                Integer.class, FailingProbeProjection.GROUP, product.value());
        return count == null ? 0 : count;
    }
}
