package np.khaacho.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.OpenCreditAccount;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.RegisterBuyer;
import np.khaacho.kernel.party.RegisterVendor;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.StockId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders for the page tests, driven over the API as the buyer and the vendor would. */
public final class PortalOrders {

    private PortalOrders() {
    }

    /** Places an order for these lines (SKU, quantity, …) and answers its id. */
    public static String place(Api buyer, Object... skuAndQuantity) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            items.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        var placed = buyer.post("/v1/orders", Map.of("items", items));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return placed.data().get("orders").get(0).get("orderId").asText();
    }

    /** Waits until the read side shows the order in this status, and answers the order. */
    public static JsonNode awaitStatus(Api reader, String orderId, String status) {
        return Eventually.waitFor("order " + orderId + " is " + status, () -> {
            var reply = reader.get("/v1/orders/" + orderId);
            return reply.status() == 200 && status.equals(reply.data().get("status").asText()) ? reply.data() : null;
        });
    }

    public static void confirm(Api vendor, String orderId) {
        var reply = vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", "CONFIRMED",
                "deliveryDate", LocalDate.now(ZoneId.of("Asia/Kathmandu")).plusDays(2).toString()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    public static void dispatch(Api vendor, String orderId) {
        status(vendor, orderId, "DISPATCHED");
    }

    public static void deliver(Api vendor, String orderId) {
        status(vendor, orderId, "DELIVERED");
    }

    /** Places a one-line order, has the vendor confirm, dispatch and deliver it, and answers it as delivered. */
    public static JsonNode delivered(Api buyer, Api vendor, String sku, int quantity) {
        String orderId = place(buyer, sku, quantity);
        awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        confirm(vendor, orderId);
        awaitStatus(buyer, orderId, "CONFIRMED");
        dispatch(vendor, orderId);
        awaitStatus(buyer, orderId, "DISPATCHED");
        deliver(vendor, orderId);
        return awaitStatus(buyer, orderId, "DELIVERED");
    }

    /**
     * A new buyer in Kathmandu (the demo vendor Annapurna Khadya Bhandar delivers there) with a NET15
     * credit account of {@code creditLimit}, known to the read side; answers the buyer's client.
     */
    public static Api newBuyer(CommandSender commands, Function<String, Api> as, String phone,
                               String businessName, long creditLimit) {
        BuyerId buyerId = BuyerId.derivedFrom("new-buyer:" + phone);
        Actor loader = Actor.system(Channel.DEMO_DATA);
        commands.send(new RegisterBuyer(buyerId, phone, businessName, "Owner of " + businessName, "Kathmandu",
                "Baneshwor-10, Kathmandu"), loader);
        commands.send(new OpenCreditAccount(CreditAccountId.of(buyerId), buyerId, Money.of(creditLimit),
                PaymentTerms.NET15), loader);
        Api buyer = as.apply(phone);
        Eventually.waitUntil("the buyer " + phone + " is known", () -> buyer.get("/v1/buyers/me/credit").status() == 200);
        return buyer;
    }

    /** A vendor of the test's own and its one product, listed with 100 in stock; both known to the read side. */
    public record OwnVendor(VendorId vendorId, String phone, String sku, ProductId productId) {
    }

    /**
     * A new vendor in Kathmandu (no minimum order) selling one product of its own, so a test may change its
     * price or stock without touching the demo catalog other tests count on.
     */
    public static OwnVendor newVendorWithProduct(CommandSender commands, Function<String, Api> as, String key,
                                                 String phone, String vendorName, String sku, String productName,
                                                 String unit, long price) {
        Actor loader = Actor.system(Channel.DEMO_DATA);
        VendorId vendorId = VendorId.derivedFrom(key);
        commands.send(new RegisterVendor(vendorId, phone, vendorName, "Kathmandu", List.of("Kathmandu"), Money.of(0)),
                loader);
        ProductId productId = ProductId.derivedFrom(key + ":" + sku);
        commands.send(new ListProduct(productId, vendorId, sku, new ProductDetails(productName, null, List.of(),
                "Grocery", unit, null), Money.of(price), Quantity.of(1)), loader);
        commands.send(new ReceiveStock(StockId.of(productId), productId, Quantity.of(100), "opening stock"), loader);
        Api vendor = as.apply(phone);
        Eventually.waitUntil("the vendor and its product are known", () -> vendor.get("/v1/users/me").status() == 200
                && vendor.get("/v1/products/" + productId.value()).status() == 200);
        return new OwnVendor(vendorId, phone, sku, productId);
    }

    private static void status(Api vendor, String orderId, String status) {
        var reply = vendor.put("/v1/orders/" + orderId + "/status", Map.of("status", status));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
