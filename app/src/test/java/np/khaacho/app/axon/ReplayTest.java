package np.khaacho.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        List<String> names = new ArrayList<>();
        admin.get("/v1/admin/projections").data().forEach(p -> names.add(p.get("name").asText()));
        assertThat(names).contains("orders-projection", "catalog-projection", "credit-projection",
                "analytics-projection", "users-projection");
        waitUntilCaughtUp(admin, names);

        Map<String, String> before = checksums();
        long messagesBefore = outboxSize();
        assertThat(before).isNotEmpty();

        for (String name : names) {
            var replay = admin.post("/v1/admin/projections/" + name + "/replay", Map.of());
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        }
        waitUntilCaughtUp(admin, names);

        assertThat(checksums()).isEqualTo(before);
        assertThat(outboxSize()).isEqualTo(messagesBefore);
        for (JsonNode status : admin.get("/v1/admin/projections").data()) {
            assertThat(status.at("/replay/eventsPerSecond").asLong()).as(status.toString()).isPositive();
        }
    }

    private void waitUntilCaughtUp(Api admin, List<String> names) {
        Eventually.waitUntil("every projection caught up with the head", Duration.ofSeconds(60), () -> {
            JsonNode statuses = admin.get("/v1/admin/projections").data();
            int caughtUp = 0;
            for (JsonNode status : statuses) {
                if (!status.get("replaying").asBoolean() && status.get("lag").asLong() == 0
                        && status.get("running").asBoolean()) {
                    caughtUp++;
                }
            }
            return caughtUp == names.size();
        });
    }

    /** One checksum per read-model table, over its rows in a stable order. */
    private Map<String, String> checksums() {
        Map<String, String> sums = new TreeMap<>();
        for (String table : jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'read_model' AND table_type = 'BASE TABLE'""", String.class)) {
            sums.put(table, jdbc.queryForObject("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                    + "FROM read_model." + table + " t", String.class));
        }
        return sums;
    }

    private long outboxSize() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM messaging.outbox", Long.class);
        return count == null ? 0 : count;
    }
}
