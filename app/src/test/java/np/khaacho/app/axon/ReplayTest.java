package np.khaacho.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.ReadModelChecksums;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding every projection from the event store gives back exactly the same read tables, and
 * sends nobody a message.
 */
class ReplayTest extends IntegrationTest {

    @Test
    void replayingAllProjectionsRebuildsIdenticalTablesWithoutNotifying() {
        Api buyer = as(BUYER_KTM_PHONE);
        for (int i = 0; i < 3; i++) {
            var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        }
        Api admin = as(ADMIN_PHONE);
        eventCount();
        List<String> names = ProjectionReplay.names(admin);
        assertThat(names).contains("orders-projection", "catalog-projection", "credit-projection",
                "analytics-projection", "users-projection");
        ProjectionReplay.awaitCaughtUp(admin, names);

        Map<String, String> before = ReadModelChecksums.of(jdbc);
        long messagesBefore = outboxSize();
        assertThat(before).isNotEmpty();

        ProjectionReplay.replayAll(admin, names);
        ProjectionReplay.awaitCaughtUp(admin, names);

        assertThat(ReadModelChecksums.of(jdbc)).isEqualTo(before);
        assertThat(outboxSize()).isEqualTo(messagesBefore);
        for (JsonNode status : admin.get("/v1/admin/projections").data()) {
            assertThat(status.at("/replay/eventsPerSecond").asLong()).as(status.toString()).isPositive();
        }
    }

    private long outboxSize() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM messaging.outbox", Long.class);
        return count == null ? 0 : count;
    }
}
