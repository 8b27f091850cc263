package np.khaacho.command.order;

import np.khaacho.command.api.CommandSender;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.command.product.ProductDirectory.ProductRef;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PlaceOrder;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a buyer's lines (by SKU, maybe from several vendors) into one order per vendor. All orders
 * are placed in the caller's transaction: either every vendor's order exists afterwards, or none. A vendor's
 * share refused for its minimums or delivery area is demand lost ({@link RefusedDemand}) before the refusal
 * is answered.
 */
@Component
public class OrderPlacement {

    private final CommandSender commands;
    private final ProductDirectory products;
    private final OrderDirectory orders;
    private final EventStore eventStore;
    private final RefusedDemand refusedDemand;

    OrderPlacement(CommandSender commands, ProductDirectory products, OrderDirectory orders, EventStore eventStore,
                   RefusedDemand refusedDemand) {
        this.refusedDemand = refusedDemand;
        this.commands = commands;
        this.products = products;
        this.orders = orders;
        this.eventStore = eventStore;
    }

    /**
     * @param idempotencyKey when given, order ids are derived from it, so a retry can never make a second order
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PlacedOrder> place(BuyerId buyerId, List<PlaceOrderRequest.Item> items, String deliveryAddress,
                                   String notes, String idempotencyKey, Actor actor) {
        Map<String, Quantity> quantities = mergeBySku(items);
        Map<String, ProductRef> bySku = products.requireSkus(quantities.keySet(), ErrorCode.PRODUCT_NOT_AVAILABLE,
                "some products are not in the catalog");
        Map<VendorId, List<OrderItem>> byVendor = new LinkedHashMap<>();
        quantities.forEach((sku, quantity) -> {
            ProductRef product = bySku.get(sku);
            byVendor.computeIfAbsent(product.vendorId(), v -> new ArrayList<>())
                    .add(new OrderItem(product.productId(), quantity));
        });
        List<PlacedOrder> placed = new ArrayList<>();
        byVendor.forEach((vendorId, lines) -> {
            OrderId orderId = idempotencyKey == null ? OrderId.random()
                    : OrderId.derivedFrom(buyerId.value() + "|" + idempotencyKey + "|" + vendorId.value());
            String number = orders.nextOrderNumber();
            OrderHeader header = new OrderHeader(number, buyerId, vendorId, deliveryAddress, notes);
            try {
                commands.send(new PlaceOrder(orderId, header, lines), actor);
            } catch (DomainException refusal) {
                Map<ProductRef, Quantity> asked = new LinkedHashMap<>();
                lines.forEach(line -> asked.put(bySku.values().stream()
                        .filter(p -> p.productId().equals(line.productId())).findFirst().orElseThrow(), line.quantity()));
                refusedDemand.record(buyerId, vendorId, asked, refusal, idempotencyKey);
                throw refusal;
            }
            OrderPlaced event = (OrderPlaced) eventStore.readEvents(orderId.value()).next().getPayload();
            placed.add(new PlacedOrder(orderId, number, vendorId, OrderStatus.PLACED, event.totalAmount()));
        });
        return placed;
    }

    private static Map<String, Quantity> mergeBySku(List<PlaceOrderRequest.Item> items) {
        Map<String, Quantity> merged = new LinkedHashMap<>();
        for (PlaceOrderRequest.Item item : items) {
            merged.merge(item.sku().trim(), Quantity.of(item.quantity()), Quantity::plus);
        }
        return merged;
    }
}
