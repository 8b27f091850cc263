package np.khaacho.app.ai;

import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.NodePair;
import np.khaacho.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user limit of the parsing endpoints holds across instances: two instances on one database,
 * each user's calls counted together, whichever instance answers.
 */
class AiRateLimitTest {

    private static final String DATABASE = TestDatabase.NAME + "_ai_limit";
    private static final Map<String, String> TEXT = Map.of("text", "chini 10 kg");

    private static NodePair nodes;

    @BeforeAll
    static void twoInstancesWithALimitOfThree() throws Exception {
        nodes = NodePair.start(DATABASE, AiRateLimitTest::start, "ai-limit-first", "ai-limit-second");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static ClusterNode start(String name) {
        return ClusterNode.start(name, DATABASE,
                "--khaacho.ai.per-user.limit=3", "--khaacho.ai.per-user.window=PT10M");
    }

    @Test
    void eachUsersCallsAreCountedTogetherOnEveryInstance() {
        String vendor = IntegrationTest.VENDOR_KTM_PHONE;
        assertThat(nodes.first().as(vendor).post("/v1/ai/parse-text", TEXT).status()).isEqualTo(200);
        assertThat(nodes.second().as(vendor).post("/v1/ai/parse-text", TEXT).status()).isEqualTo(200);
        assertThat(nodes.first().as(vendor).sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "order.png", "image/png", Uploads.png(List.of("chini 10 kg"), 32)))
                .status()).isEqualTo(200);

        for (ClusterNode node : new ClusterNode[]{nodes.second(), nodes.first()}) {
            var refused = node.as(vendor).post("/v1/ai/parse-text", TEXT);
            assertThat(refused.status()).as(node + ": " + refused).isEqualTo(429);
            assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
            assertThat(refused.body().get("success").asBoolean()).isFalse();
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
        }
        assertThat(nodes.first().as(vendor).sendBytes("POST", "/v1/ai/parse-image", Uploads.MULTIPART,
                Uploads.multipart("file", "order.png", "image/png", new byte[] {1})).status()).isEqualTo(429);

        // another user has a budget of their own
        assertThat(nodes.second().as(IntegrationTest.ADMIN_PHONE).post("/v1/ai/parse-text", TEXT).status()).isEqualTo(200);

        // once the window has ended, the next call opens a new one
        nodes.first().jdbc.update("UPDATE auth.user_rate_limits SET window_ends_at = now() - interval '1 second'"
                + " WHERE bucket = ?", "ai:" + nodes.first().userId(vendor));
        assertThat(nodes.second().as(vendor).post("/v1/ai/parse-text", TEXT).status()).isEqualTo(200);
        assertThat(nodes.first().jdbc.queryForObject("SELECT hits FROM auth.user_rate_limits WHERE bucket = ?",
                Integer.class, "ai:" + nodes.first().userId(vendor))).isEqualTo(1);
    }

    @Test
    void anonymousCallsAreRefusedBeforeAnythingIsCounted() {
        String counters = "SELECT count(*) || ':' || coalesce(sum(hits), 0) FROM auth.user_rate_limits";
        String before = nodes.first().jdbc.queryForObject(counters, String.class);
        for (int i = 0; i < 5; i++) {
            assertThat(nodes.second().anonymous().post("/v1/ai/parse-text", TEXT).status()).isEqualTo(401);
        }
        assertThat(nodes.first().jdbc.queryForObject(counters, String.class)).isEqualTo(before);
    }
}
