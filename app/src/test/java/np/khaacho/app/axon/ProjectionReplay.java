package np.khaacho.app.axon;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-model projections as an admin drives them: their names, a replay of each, the wait until all are caught up. */
final class ProjectionReplay {

    private ProjectionReplay() {
    }

    static List<String> names(Api admin) {
        List<String> names = new ArrayList<>();
        admin.get("/v1/admin/projections").data().forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    /** Starts a replay of every projection from the first event. */
    static void replayAll(Api admin, List<String> names) {
        for (String name : names) {
            var replay = admin.post("/v1/admin/projections/" + name + "/replay", Map.of());
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        }
    }

    /** Waits until every projection runs, replays nothing and has processed the newest event. */
    static void awaitCaughtUp(Api admin, List<String> names) {
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
}
