package np.khaacho.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.PlaceOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages that share {@link OrderHeader} keep its fields at their own top level, as they were
 * stored before the header was shared: such stored events still read, into the same event, and a
 * new one is written with the same fields and values (only their order in the text moved).
 */
class OrderHeaderJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {OrderPlaced.class, OrderDrafted.class})
    void readsAnEventStoredBeforeTheHeaderWasShared(Class<?> type) throws IOException {
        Object sample = sampleOf(type);

        assertThat(JSON.readValue(storedBefore(type), type)).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {OrderPlaced.class, OrderDrafted.class})
    void writesTheSameFieldsAsWereStoredBefore(Class<?> type) throws IOException {
        JsonNode written = JSON.readTree(JSON.writeValueAsString(sampleOf(type)));

        assertThat(written).isEqualTo(JSON.readTree(storedBefore(type)));
    }

    @Test
    void sendsPlaceOrderAndDraftOrderWithTheHeaderAtTheTopLevel() throws IOException {
        OrderHeader header = new OrderHeader("KH-001000", SampleEvents.BUYER, SampleEvents.VENDOR, "Baneshwor-10",
                "before noon");
        List<OrderItem> items = List.of(new OrderItem(SampleEvents.PRODUCT, Quantity.of("1.5")));
        PlaceOrder place = new PlaceOrder(SampleEvents.ORDER, header, items);
        DraftOrder draft = new DraftOrder(SampleEvents.ORDER, header, items, "SM1",
                new BigDecimal("0.92"), "ne");

        for (Object command : List.of(place, draft)) {
            JsonNode json = JSON.valueToTree(command);
            assertThat(json.has("header")).isFalse();
            assertThat(json.get("orderNumber").asText()).isEqualTo("KH-001000");
            assertThat(json.get("buyerId").asText()).isEqualTo(SampleEvents.BUYER.value());
            assertThat(json.get("vendorId").asText()).isEqualTo(SampleEvents.VENDOR.value());
            assertThat(json.get("deliveryAddress").asText()).isEqualTo("Baneshwor-10");
            assertThat(json.get("notes").asText()).isEqualTo("before noon");
            assertThat(JSON.treeToValue(json, command.getClass())).isEqualTo(command);
        }
    }

    private static Object sampleOf(Class<?> type) {
        return SampleEvents.all().stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    private byte[] storedBefore(Class<?> type) throws IOException {
        String resource = "/events-before-order-header/" + type.getSimpleName() + ".json";
        try (InputStream stored = getClass().getResourceAsStream(resource)) {
            assertThat(stored).as(resource).isNotNull();
            return stored.readAllBytes();
        }
    }
}
