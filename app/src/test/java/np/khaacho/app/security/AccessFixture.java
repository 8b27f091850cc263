package np.khaacho.app.security;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.command.api.CommandSender;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.OpenCreditAccount;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.RegisterBuyer;
import np.khaacho.kernel.party.RegisterVendor;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.CreatePriceList;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.kernel.pricing.PriceListKind;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.StockId;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix's own parties, so that what the allowed calls change is the matrix's data and no
 * other test's: two sides, each a fresh buyer and a fresh vendor in their own city, the vendor's
 * product (and a second one that may be delisted), the buyer's credit account, and one order of the
 * buyer to the vendor, already cancelled, so every later command on it is refused by its state.
 */
final class AccessFixture {

    static final String CITY = "Matrixpur";
    static final String CATEGORY = "access-matrix";
    private static final Actor LOADER = Actor.system(Channel.SYSTEM);

    /** One side of the fixture: a buyer, a vendor and what belongs to them. */
    record Side(String name, String buyerId, String buyerPhone, String vendorId, String vendorPhone,
                String productId, String productSku, String delistableProductId, String orderId,
                String orderNumber, long outboundMessageId, String priceListId) {
    }

    final Side a;
    final Side b;

    private AccessFixture(Side a, Side b) {
        this.a = a;
        this.b = b;
    }

    /**
     * Builds both sides; {@code as} gives an API client acting as the user with a phone, {@code run}
     * makes each run's phones unique.
     */
    static AccessFixture build(CommandSender commands, JdbcTemplate jdbc, Function<String, Api> as, long run) {
        Side a = side("A", commands, jdbc, as, run, 1);
        Side b = side("B", commands, jdbc, as, run, 2);
        return new AccessFixture(a, b);
    }

    private static Side side(String name, CommandSender commands, JdbcTemplate jdbc, Function<String, Api> as,
                             long run, int index) {
        String suffix = String.format("%05d%d", run % 100_000, index);
        String buyerPhone = "+97798" + "1" + suffix + "0";
        String vendorPhone = "+97798" + "2" + suffix + "0";
        BuyerId buyerId = BuyerId.derivedFrom("access-matrix:buyer:" + buyerPhone);
        VendorId vendorId = VendorId.derivedFrom("access-matrix:vendor:" + vendorPhone);
        commands.send(new RegisterBuyer(buyerId, buyerPhone, "Matrix Store " + name, "Matrix Buyer " + name, CITY,
                "Ward 1, " + CITY), LOADER);
        commands.send(new OpenCreditAccount(CreditAccountId.of(buyerId), buyerId, Money.of(100_000),
                PaymentTerms.NET15), LOADER);
        commands.send(new RegisterVendor(vendorId, vendorPhone, "Matrix Wholesale " + name, CITY, List.of(CITY),
                Money.of(0)), LOADER);
        String sku = "MATRIX-" + name + "-" + suffix;
        String productId = listProduct(commands, vendorId, sku, "Matrix probe " + name);
        String delistable = listProduct(commands, vendorId, sku + "-D", "Matrix probe " + name + " (to delist)");
        // the buyer's own list at its vendor, pricing nothing
        PriceListId priceList = PriceListId.derivedFrom("access-matrix:price-list:" + vendorPhone);
        commands.send(new CreatePriceList(priceList, vendorId, "Matrix list " + name, PriceListKind.BUYER,
                List.of(buyerId), null, null), LOADER);

        Api buyer = as.apply(buyerPhone);
        Eventually.waitUntil("the matrix buyer " + name + " and product visible",
                () -> buyer.get("/v1/users/me").status() == 200 && buyer.get("/v1/products/" + productId).status() == 200
                        && buyer.get("/v1/buyers/me/credit").status() == 200);
        Eventually.waitUntil("the matrix vendor " + name + " visible",
                () -> as.apply(vendorPhone).get("/v1/users/me").status() == 200);

        var placed = buyer.post("/v1/orders", Map.of("items", List.of(Map.of("sku", sku, "quantity", 1))));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.data().get("orders").get(0).get("orderId").asText();
        PortalOrders.awaitStatus(buyer, orderId, "AWAITING_VENDOR");
        var cancelled = buyer.put("/v1/orders/" + orderId + "/status",
                Map.of("status", "CANCELLED", "reason", "access matrix fixture"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        String orderNumber = PortalOrders.awaitStatus(buyer, orderId, "CANCELLED").get("orderNumber").asText();
        long outboundId = Eventually.waitFor("a message to the matrix buyer " + name, () -> jdbc.query(
                "SELECT min(id) FROM messaging.outbox WHERE phone = ?", (rs, i) -> (Long) rs.getObject(1), buyerPhone)
                .stream().filter(id -> id != null).findFirst().orElse(null));
        return new Side(name, buyerId.value(), buyerPhone, vendorId.value(), vendorPhone, productId, sku, delistable,
                orderId, orderNumber, outboundId, priceList.value());
    }

    private static String listProduct(CommandSender commands, VendorId vendorId, String sku, String productName) {
        ProductId productId = ProductId.derivedFrom("access-matrix:sku:" + sku);
        commands.send(new ListProduct(productId, vendorId, sku, new ProductDetails(productName, null, List.of(),
                CATEGORY, "piece", null), Money.of(100), Quantity.of(1)), LOADER);
        commands.send(new ReceiveStock(StockId.of(productId), productId, Quantity.of(100), "opening stock"), LOADER);
        return productId.value();
    }
}
