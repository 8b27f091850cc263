package np.khaacho.app.axon;

import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event processor's meters, in the Prometheus scrape: what it handled, ignored and failed, how long
 * handling took and how old the last event was; Axon's per-event processor meters are not there.
 */
class EventProcessorMetersTest extends IntegrationTest {

    @Test
    void everyProcessorCountsWhatItHandledAndIgnored() {
        double handledBefore = value("khaacho_processor_events_total", "orders-projection", "handled");
        double timedBefore = value("khaacho_processor_handling_seconds_count", "orders-projection", null);

        var placed = as(BUYER_KTM_PHONE).post("/v1/orders",
                Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
        assertThat(placed.status()).as(placed.text()).isEqualTo(201);

        Eventually.waitUntil("the order's events counted by the orders projection",
                () -> value("khaacho_processor_events_total", "orders-projection", "handled") > handledBefore);
        assertThat(value("khaacho_processor_handling_seconds_count", "orders-projection", null)).isGreaterThan(timedBefore);
        // the users projection has no handler for order events: it skips them, and says so
        Eventually.waitUntil("order events ignored by the users projection",
                () -> value("khaacho_processor_events_total", "users-projection", "ignored") > 0);
        assertThat(value("khaacho_processor_events_total", "orders-projection", "failed")).isZero();
        String scrape = scrape();
        assertThat(scrape).contains("khaacho_processor_latency_milliseconds{processor=\"OrderFulfilmentSagaProcessor\"}");
        assertThat(scrape.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> line.contains("orders-projection") || line.contains("orders_projection")))
                .as("the orders projection's samples").isNotEmpty()
                .allMatch(line -> line.startsWith("khaacho_processor_") || line.startsWith("khaacho_deadletters"));
    }

    private String scrape() {
        var metrics = management().withHeader("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        return metrics.text();
    }

    /** A sample's value by processor (and outcome, where given); 0 when the sample is not there yet. */
    private double value(String name, String processor, String outcome) {
        Pattern sample = Pattern.compile("^" + name + "\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(scrape());
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("processor=\"" + processor + "\"")
                    && (outcome == null || labels.contains("outcome=\"" + outcome + "\""))) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
