package np.khaacho.app.orders;

import np.khaacho.app.demo.DemoData;
import np.khaacho.app.support.EventLog;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.ConfirmDrafts;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.party.BuyerId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts made from one message wait for the buyer's yes, which places all of them; unconfirmed, they expire. */
class DraftConfirmationTest extends IntegrationTest {

    @Autowired
    private CommandSender commands;
    @Autowired
    private EventStore eventStore;

    @Test
    void oneConfirmationPlacesEveryDraftOfTheMessage() {
        String message = "SM" + System.nanoTime();
        BuyerId buyer = BuyerId.of(userId(BUYER_KTM_PHONE));
        Actor whatsapp = new Actor(buyer.value(), Role.BUYER, BUYER_KTM_PHONE, Channel.WHATSAPP);
        OrderId rice = draft(buyer, message, "V-KTM-01", "RICE-JEERA-25KG", 3, whatsapp);
        OrderId coke = draft(buyer, message, "V-LTP-01", "COKE-500ML-CTN", 3, whatsapp);

        List<OrderId> placed = commands.send(new ConfirmDrafts(buyer, message), whatsapp);
        assertThat(placed).containsExactlyInAnyOrder(rice, coke);

        EventLog log = new EventLog(eventStore);
        assertThat(log.types(rice.value())).startsWith("OrderDrafted", "OrderPlaced");
        Eventually.waitUntil("both placed orders await their vendors", () ->
                log.has(rice.value(), OrderAwaitingVendor.class) && log.has(coke.value(), OrderAwaitingVendor.class));
        assertThat(eventStore.readEvents(rice.value()).asStream().skip(1).findFirst().orElseThrow().getMetaData())
                .containsEntry("channel", "WHATSAPP");

        assertThatThrownBy(() -> commands.send(new ConfirmDrafts(buyer, message), whatsapp))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(log.count(rice.value(), OrderPlaced.class)).isEqualTo(1);
    }

    @Test
    void anUnconfirmedDraftExpiresAndCannotBeConfirmedAfterwards() {
        String message = "SM" + System.nanoTime();
        BuyerId buyer = BuyerId.of(userId(BUYER_KTM_PHONE));
        Actor whatsapp = new Actor(buyer.value(), Role.BUYER, BUYER_KTM_PHONE, Channel.WHATSAPP);
        OrderId draft = draft(buyer, message, "V-KTM-01", "RICE-MANSULI-25KG", 3, whatsapp);

        EventLog log = new EventLog(eventStore);
        Eventually.waitUntil("the draft expired", () -> log.has(draft.value(), OrderExpired.class));
        assertThatThrownBy(() -> commands.send(new ConfirmDrafts(buyer, message), whatsapp))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThat(log.has(draft.value(), OrderPlaced.class)).isFalse();
    }

    private OrderId draft(BuyerId buyer, String message, String vendorCode, String sku, int quantity, Actor actor) {
        OrderId orderId = OrderId.random();
        OrderHeader header = new OrderHeader("KH-D" + System.nanoTime() % 1_000_000_000, buyer,
                DemoData.vendorId(vendorCode), null, null);
        commands.send(new DraftOrder(orderId, header,
                List.of(new OrderItem(DemoData.productId(sku), Quantity.of(quantity))), message,
                new BigDecimal("0.9"), "en"), actor);
        return orderId;
    }
}
