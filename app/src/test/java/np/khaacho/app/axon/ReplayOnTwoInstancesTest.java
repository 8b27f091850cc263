package np.khaacho.app.axon;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.NodePair;
import np.khaacho.app.support.ReadModelChecksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances run every projection, each holding some of the segments (a projection of one segment
 * is held by one instance only). An admin replays every projection, once through each instance: the
 * instance asked stops the projection on the other one, resets it and both replay it, and the read
 * model comes back the same, whichever instance held what.
 */
class ReplayOnTwoInstancesTest {

    private static final String DATABASE = "khaacho_cluster_replay";

    private static NodePair nodes;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        nodes = NodePair.start(DATABASE, name -> ClusterNode.start(name, DATABASE), "first", "second");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aReplayAskedOfEitherInstanceRebuildsTheSameReadModel() {
        for (ClusterNode node : List.of(nodes.first(), nodes.second())) {
            var placed = node.as(IntegrationTest.BUYER_KTM_PHONE).post("/v1/orders",
                    Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        }
        Api first = nodes.first().as(IntegrationTest.ADMIN_PHONE);
        List<String> names = ProjectionReplay.names(first);
        ProjectionReplay.awaitCaughtUp(first, names);
        Map<String, String> before = ReadModelChecksums.of(nodes.first().jdbc);

        for (ClusterNode node : List.of(nodes.first(), nodes.second())) {
            Api admin = node.as(IntegrationTest.ADMIN_PHONE);
            ProjectionReplay.replayAll(admin, names);
            ProjectionReplay.awaitCaughtUp(admin, names);
            ProjectionReplay.awaitCaughtUp(first, names);
            assertThat(ReadModelChecksums.of(nodes.first().jdbc)).as("the read model after a replay asked of " + node)
                    .isEqualTo(before);
        }
    }
}
