package np.khaacho.app.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.EventStreamClient;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.NodePair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page follows an order on whichever instance it reached, and the order's projection runs on one of
 * the two: a buyer following the order on both instances, and its vendor following the inbox on both,
 * see the vendor's confirmation on both.
 */
class LiveUpdatesTwoInstancesTest {

    private static final String DATABASE = "khaacho_cluster_live_updates";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

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
    void aChangeReachesThePagesOfBothInstances() throws Exception {
        Api buyer = nodes.first().as(IntegrationTest.BUYER_KTM_PHONE);
        Api.Reply placed = buyer.post("/v1/orders",
                Map.of("items", List.of(Map.of("sku", "RICE-JEERA-25KG", "quantity", 3))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        Eventually.waitUntil("the order awaiting its vendor", WAIT,
                () -> "AWAITING_VENDOR".equals(buyer.get("/v1/orders/" + orderId).data().get("status").asText()));

        List<ClusterNode> both = List.of(nodes.first(), nodes.second());
        List<EventStreamClient> orderStreams = both.stream()
                .map(node -> node.stream(IntegrationTest.BUYER_KTM_PHONE, "/v1/orders/" + orderId + "/stream")).toList();
        List<EventStreamClient> inboxStreams = both.stream()
                .map(node -> node.stream(IntegrationTest.VENDOR_KTM_PHONE, "/v1/vendors/me/inbox/stream")).toList();
        try {
            for (EventStreamClient stream : orderStreams) {
                assertThat(status(stream.next(WAIT))).isEqualTo("AWAITING_VENDOR");
            }
            for (EventStreamClient stream : inboxStreams) {
                assertThat(stream.next(WAIT).data()).contains(orderId);
            }

            Api.Reply confirmed = nodes.second().as(IntegrationTest.VENDOR_KTM_PHONE).put("/v1/orders/" + orderId
                    + "/status", Map.of("status", "CONFIRMED", "deliveryDate", LocalDate.now().plusDays(2).toString()));
            assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

            for (int i = 0; i < both.size(); i++) {
                assertThat(status(orderStreams.get(i).nextMatching(WAIT, event -> "CONFIRMED".equals(status(event)))))
                        .as("the order's stream on " + both.get(i)).isEqualTo("CONFIRMED");
                assertThat(inboxStreams.get(i).nextMatching(WAIT, event -> !event.data().contains(orderId)).data())
                        .as("the inbox's stream on " + both.get(i)).doesNotContain(orderId);
            }
        } finally {
            orderStreams.forEach(EventStreamClient::close);
            inboxStreams.forEach(EventStreamClient::close);
        }
    }

    private static String status(EventStreamClient.Event event) {
        try {
            return JSON.readTree(event.data()).path("status").asText();
        } catch (Exception e) {
            throw new AssertionError("not an order: " + event.data(), e);
        }
    }
}
