package np.khaacho.app.ops;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementServerProperties;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator: health answers everyone on the API port with its status, and only admins with the
 * components; metrics and the Prometheus scrape are on the actuator's own port (loopback by default),
 * never on the API port.
 */
class ActuatorAccessTest extends IntegrationTest {

    @Autowired
    private ManagementServerProperties managementServer;

    @Test
    void healthOnTheApiPortShowsTheStatusToAllAndTheComponentsToAdminsOnly() {
        for (Api caller : List.of(anonymous(), as(BUYER_KTM_PHONE), as(VENDOR_KTM_PHONE), as(AUDITOR_PHONE))) {
            var health = caller.get("/actuator/health");
            assertThat(health.status()).as(health.toString()).isEqualTo(200);
            assertThat(health.body().get("status").asText()).isEqualTo("UP");
            assertThat(health.body().has("components")).as(health.toString()).isFalse();
            assertThat(health.text()).doesNotContain("PostgreSQL").doesNotContain("details");
        }
        var admin = as(ADMIN_PHONE).get("/actuator/health");
        assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
        assertThat(admin.body().at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
        assertThat(admin.body().at("/components/eventProcessors/details/orders-projection/running").asBoolean())
                .isTrue();
    }

    @Test
    void metricsAndThePrometheusScrapeAreNotOnTheApiPort() {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
                "/actuator/info", "/actuator", "/actuator/health/db")) {
            assertThat(anonymous().withHeader("Accept", "text/plain").get(path).status()).as(path).isEqualTo(401);
            assertThat(as(BUYER_KTM_PHONE).get(path).status()).as(path).isEqualTo(403);
            var admin = as(ADMIN_PHONE).withHeader("Accept", "text/plain").get(path);
            assertThat(admin.status()).as(path + " as admin: " + admin).isEqualTo(404);
            assertThat(admin.text()).doesNotContain("jvm_memory_used_bytes");
        }
    }

    @Test
    void theActuatorsOwnPortServesTheScrapeAndMetricsWithoutAToken() {
        assertThat(managementPort).isNotEqualTo(port);
        var scrape = management().withHeader("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        assertThat(scrape.text()).contains("jvm_memory_used_bytes");
        var heap = management().get("/actuator/metrics/jvm.memory.used?tag=area:heap");
        assertThat(heap.status()).as(heap.toString()).isEqualTo(200);
        assertThat(heap.body().at("/measurements/0/value").asDouble()).isPositive();
        // the same health rule there: details for admins only
        assertThat(management().get("/actuator/health").body().has("components")).isFalse();
    }

    @Test
    void theActuatorsPortListensOnTheLoopbackInterfaceByDefault() {
        assertThat(managementServer.getAddress()).isNotNull();
        assertThat(managementServer.getAddress().isLoopbackAddress()).isTrue();
    }
}
