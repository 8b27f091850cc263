package np.khaacho.app.credit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.RemindPayment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins list the buyers who owe money past its due date. */
class OverdueCreditQueryTest extends IntegrationTest {

    private static final String BUYER_THAKALI_PHONE = "+9779851100204";

    @Autowired
    private CommandSender commands;

    @Test
    void aDeliveredCreditOrderPastItsDueDateListsItsBuyer() {
        String buyerId = userId(BUYER_THAKALI_PHONE);
        Api admin = as(ADMIN_PHONE);
        Api vendor = as(VENDOR_KTM_PHONE);
        String orderId = OrderSteps.placeAwaitingVendor(as(BUYER_THAKALI_PHONE), "RICE-MANSULI-25KG", 3);
        OrderSteps.confirm(vendor, orderId);
        OrderSteps.dispatchAndDeliver(vendor, orderId);
        JsonNode order = OrderSteps.awaitStatus(admin, orderId, "DELIVERED");
        LocalDate due = LocalDate.parse(order.get("dueDate").asText());
        assertThat(buyer(admin, buyerId).isMissingNode()).as("not overdue before the due date").isTrue();

        // what the saga's deadline sends the day after the due date
        commands.send(new RemindPayment(OrderId.of(orderId), due, true), Actor.system(Channel.SYSTEM));

        Eventually.waitUntil("the buyer is listed as overdue", () -> !buyer(admin, buyerId).isMissingNode());
        JsonNode listed = buyer(admin, buyerId);
        assertThat(listed.get("businessName").asText()).isEqualTo("Thakali Bhanchha Ghar");
        assertThat(listed.get("phone").asText()).isEqualTo(BUYER_THAKALI_PHONE);
        assertThat(listed.get("paymentTerms").asText()).isEqualTo("NET30");
        assertThat(listed.get("overdue").decimalValue()).isEqualByComparingTo("5550.00");
        assertThat(listed.get("overdueOrders").asLong()).isEqualTo(1);
        assertThat(listed.get("oldestDueDate").asText()).isEqualTo(due.toString());
        assertThat(listed.get("creditLimit").decimalValue()).isEqualByComparingTo("250000");
        assertThat(listed.get("outstanding").decimalValue()).isGreaterThanOrEqualTo(listed.get("overdue").decimalValue());
        assertThat(as(BUYER_THAKALI_PHONE).get("/v1/buyers/me/credit").data().get("overdue").decimalValue())
                .isEqualByComparingTo(listed.get("overdue").decimalValue());

        assertThat(as(BUYER_THAKALI_PHONE).get("/v1/admin/credit/overdue").status()).isEqualTo(403);
        assertThat(vendor.get("/v1/admin/credit/overdue").status()).isEqualTo(403);
        assertThat(as(AUDITOR_PHONE).get("/v1/admin/credit/overdue").status()).isEqualTo(403);
        assertThat(anonymous().get("/v1/admin/credit/overdue").status()).isEqualTo(401);
        var tooMany = admin.get("/v1/admin/credit/overdue?limit=0");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(admin.get("/v1/admin/credit/overdue?limit=lots").status()).isEqualTo(400);
    }

    private static JsonNode buyer(Api admin, String buyerId) {
        var answer = admin.get("/v1/admin/credit/overdue?limit=200");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        for (JsonNode buyer : answer.data()) {
            if (buyer.get("buyerId").asText().equals(buyerId)) {
                return buyer;
            }
        }
        return MissingNode.getInstance();
    }
}
