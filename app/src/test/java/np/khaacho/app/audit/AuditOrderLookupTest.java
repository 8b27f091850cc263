package np.khaacho.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Auditors find an order by its number (any case, or just its digits) or its id; nobody else may search. */
class AuditOrderLookupTest extends IntegrationTest {

    @Test
    void findsAnOrderByNumberDigitsOrId() {
        String orderId = PortalOrders.place(as(BUYER_KTM_PHONE), "RICE-JEERA-25KG", 3);
        JsonNode order = PortalOrders.awaitStatus(as(AUDITOR_PHONE), orderId, "AWAITING_VENDOR");
        String number = order.get("orderNumber").asText();
        String digits = number.replaceAll("[^0-9]", "");
        Api auditor = as(AUDITOR_PHONE);

        for (String query : List.of(number, number.toLowerCase(Locale.ROOT), " " + number + " ", digits,
                digits.replaceFirst("^0+", ""), orderId)) {
            var reply = auditor.get("/v1/audit/orders?q=" + query.replace(" ", "%20"));
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(200);
            assertThat(ids(reply.data())).as(query).containsExactly(orderId);
            JsonNode match = reply.data().get(0);
            assertThat(match.get("orderNumber").asText()).isEqualTo(number);
            assertThat(match.get("status").asText()).isEqualTo("AWAITING_VENDOR");
            assertThat(match.get("buyerId").asText()).isEqualTo(userId(BUYER_KTM_PHONE));
            assertThat(match.get("buyerName").asText()).isEqualTo("Shrestha Kirana Pasal");
            assertThat(match.get("vendorName").asText()).isEqualTo("Annapurna Khadya Bhandar");
            assertThat(match.get("totalAmount").decimalValue()).isEqualByComparingTo("7050");
        }
        assertThat(as(ADMIN_PHONE).get("/v1/audit/orders?q=" + number).data()).hasSize(1);
    }

    @Test
    void answersNoMatchAsAnEmptyList() {
        var reply = as(AUDITOR_PHONE).get("/v1/audit/orders?q=KH-999999999");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.data()).isEmpty();
        assertThat(as(AUDITOR_PHONE).get("/v1/audit/orders?q=order-does-not-exist").data()).isEmpty();
    }

    @Test
    void refusesOtherRolesAndBadQueries() {
        assertThat(as(BUYER_KTM_PHONE).get("/v1/audit/orders?q=KH-001000").status()).isEqualTo(403);
        assertThat(as(VENDOR_KTM_PHONE).get("/v1/audit/orders?q=KH-001000").status()).isEqualTo(403);
        assertThat(anonymous().get("/v1/audit/orders?q=KH-001000").status()).isEqualTo(401);
        var blank = as(AUDITOR_PHONE).get("/v1/audit/orders?q=%20");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(as(AUDITOR_PHONE).get("/v1/audit/orders").status()).isEqualTo(400);
        assertThat(as(AUDITOR_PHONE).get("/v1/audit/orders?q=" + "9".repeat(65)).status()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode matches) {
        List<String> ids = new ArrayList<>();
        matches.forEach(m -> ids.add(m.get("orderId").asText()));
        return ids;
    }
}
