package np.khaacho.command.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import np.khaacho.command.ConflictRetry;
import np.khaacho.command.api.Access;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.api.IdempotencyStore;
import np.khaacho.command.api.PathIds;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.CancelOrder;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.ConfirmOrder;
import np.khaacho.kernel.order.ConfirmOrderPartially;
import np.khaacho.kernel.order.LineAdjustment;
import np.khaacho.kernel.order.DeliverOrder;
import np.khaacho.kernel.order.DispatchOrder;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.RecordOrderPayment;
import np.khaacho.kernel.order.RejectOrder;
import np.khaacho.kernel.party.BuyerId;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Buyers place orders; vendors confirm, reject, dispatch and deliver them; payments are recorded. */
@RestController
@RequestMapping("/v1/orders")
@Tag(name = "Orders (commands)")
class OrderCommandController {

    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");
    private static final TypeReference<Map<String, Object>> STATUS_ANSWER = new TypeReference<>() {
    };

    private final CommandSender commands;
    private final OrderPlacement placement;
    private final OrderDirectory orders;
    private final IdempotencyStore idempotency;
    private final ObjectMapper json;
    private final ProductDirectory products;
    private final MisreadLines misread;
    private final TransactionTemplate transactions;

    OrderCommandController(CommandSender commands, OrderPlacement placement, OrderDirectory orders,
                           IdempotencyStore idempotency, ObjectMapper json, ProductDirectory products,
                           MisreadLines misread, PlatformTransactionManager transactionManager) {
        this.misread = misread;
        this.transactions = new TransactionTemplate(transactionManager);
        this.commands = commands;
        this.placement = placement;
        this.orders = orders;
        this.idempotency = idempotency;
        this.json = json;
        this.products = products;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public ApiResponse<PlacedOrders> place(@Valid @RequestBody PlaceOrderRequest request,
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                           Actor actor) throws JsonProcessingException {
        Access.requireRole(actor, Role.BUYER);
        String idempotencyKey = IdempotencyStore.validKey(key);
        if (idempotencyKey != null) {
            var stored = idempotency.claim(actor.userId(), idempotencyKey, json.writeValueAsString(request));
            if (stored.isPresent()) {
                return ApiResponse.ok(json.readValue(stored.get(), PlacedOrders.class), "order already placed");
            }
        }
        PlacedOrders result = new PlacedOrders(placement.place(BuyerId.of(actor.userId()), request.items(),
                request.deliveryAddress(), request.notes(), idempotencyKey, actor));
        if (idempotencyKey != null) {
            idempotency.complete(actor.userId(), idempotencyKey, HttpStatus.CREATED.value(),
                    json.writeValueAsString(result));
        }
        return ApiResponse.ok(result, "order placed");
    }

    /**
     * Moves an order on. Without an {@code Idempotency-Key} the command is its own transaction, sent again
     * when it collides with another instance's writer (ConflictRetry). With one (a vendor's phone sending an
     * answer queued while offline, again after a lost reply) the key is claimed in the command's transaction:
     * a repeat answers what the first request did and acts once, even after the order moved on, and an answer
     * refused leaves the key unused; that transaction is run again on a collision ({@link ConflictRetry#retrying}).
     */
    @PutMapping("/{id}/status")
    public ApiResponse<Map<String, Object>> changeStatus(@PathVariable("id") String id,
                                                         @Valid @RequestBody OrderStatusRequest request,
                                                         @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                         Actor actor) throws JsonProcessingException {
        OrderDirectory.OrderParties order = existing(id, actor);
        String idempotencyKey = IdempotencyStore.validKey(key);
        Map<String, Object> answer = Map.of("orderId", order.orderId().value(), "status", request.status().name());
        if (idempotencyKey == null) {
            commands.send(statusCommand(order, request, actor), actor);
            return ApiResponse.ok(answer, "order updated");
        }
        String requestBody = order.orderId().value() + " " + json.writeValueAsString(request);
        String answerJson = json.writeValueAsString(answer);
        Optional<String> stored = ConflictRetry.retrying(() -> transactions.execute(tx -> {
            Optional<String> first = idempotency.claim(actor.userId(), idempotencyKey, requestBody);
            if (first.isEmpty()) {
                commands.send(statusCommand(order, request, actor), actor);
                idempotency.complete(actor.userId(), idempotencyKey, HttpStatus.OK.value(), answerJson);
            }
            return first;
        }));
        return stored.isPresent()
                ? ApiResponse.ok(json.readValue(stored.get(), STATUS_ANSWER), "order already updated")
                : ApiResponse.ok(answer, "order updated");
    }

    private Object statusCommand(OrderDirectory.OrderParties order, OrderStatusRequest request, Actor actor) {
        return switch (request.status()) {
            case CONFIRMED -> {
                vendorOrAdmin(actor, order);
                LocalDate date = deliveryDate(request.deliveryDate());
                yield request.items() == null || request.items().isEmpty()
                        ? new ConfirmOrder(order.orderId(), date)
                        : new ConfirmOrderPartially(order.orderId(), date, adjustments(order, request.items()));
            }
            case REJECTED -> {
                vendorOrAdmin(actor, order);
                yield new RejectOrder(order.orderId(), required(request.reason(), "a rejection needs a reason"));
            }
            case DISPATCHED -> {
                vendorOrAdmin(actor, order);
                yield new DispatchOrder(order.orderId());
            }
            case DELIVERED -> {
                vendorOrAdmin(actor, order);
                yield new DeliverOrder(order.orderId());
            }
            case CANCELLED -> cancellation(order, request.reason(), actor);
            default -> throw ApiException.invalid(
                    "status must be one of CONFIRMED, REJECTED, DISPATCHED, DELIVERED, CANCELLED");
        };
    }

    @PostMapping("/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<Map<String, Object>> recordPayment(@PathVariable("id") String id,
                                                          @Valid @RequestBody PaymentRequest request,
                                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                          Actor actor) {
        OrderDirectory.OrderParties order = existing(id, actor);
        vendorOrAdmin(actor, order);
        String idempotencyKey = IdempotencyStore.validKey(key);
        String paymentId = idempotencyKey == null ? Ids.random("payment-")
                : Ids.derived("payment-", order.orderId().value() + "|" + idempotencyKey);
        commands.send(new RecordOrderPayment(order.orderId(), paymentId, Money.of(request.amount()), request.method()),
                actor);
        return ApiResponse.ok(Map.of("orderId", order.orderId(), "paymentId", paymentId,
                "amount", Money.of(request.amount())), "payment recorded");
    }

    private CancelOrder cancellation(OrderDirectory.OrderParties order, String reason, Actor actor) {
        String why = reason == null || reason.isBlank() ? "cancelled" : reason;
        if (actor.is(Role.ADMIN)) {
            return new CancelOrder(order.orderId(), CancelledBy.ADMIN, why);
        }
        Access.requireBuyer(actor, order.buyerId());
        return new CancelOrder(order.orderId(), CancelledBy.BUYER, why);
    }

    private List<LineAdjustment> adjustments(OrderDirectory.OrderParties order,
                                             List<OrderStatusRequest.SuppliedLine> items) {
        Map<String, ProductDirectory.ProductRef> bySku = products.requireSkus(
                items.stream().map(item -> item.sku().trim()).toList(), ErrorCode.VALIDATION_ERROR,
                "unknown SKUs in items");
        return items.stream().map(item -> {
            ProductDirectory.ProductRef line = bySku.get(item.sku().trim());
            return new LineAdjustment(line.productId(), Quantity.of(item.quantity()),
                    item.meant() == null || item.meant().isBlank() ? null : misread.meant(order, line, item.meant()));
        }).toList();
    }

    /** The order, if the actor may know of it. */
    private OrderDirectory.OrderParties existing(String id, Actor actor) {
        OrderDirectory.OrderParties order = PathIds.parse(id, OrderId::of).flatMap(orders::parties)
                .orElseThrow(() -> ApiException.notFound("order", id));
        Access.requireOrderKnown(actor, id, order.buyerId(), order.vendorId());
        return order;
    }

    private static void vendorOrAdmin(Actor actor, OrderDirectory.OrderParties order) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        Access.requireVendorOrAdmin(actor, order.vendorId());
    }

    private static LocalDate deliveryDate(LocalDate date) {
        if (date == null) {
            throw ApiException.invalid("a confirmation needs a deliveryDate");
        }
        LocalDate today = LocalDate.now(NEPAL);
        if (date.isBefore(today)) {
            throw ApiException.invalid("the deliveryDate lies in the past: " + date);
        }
        // a typo, not a plan; and the payment due date is counted from it
        if (date.isAfter(today.plusYears(1))) {
            throw ApiException.invalid("the deliveryDate lies more than a year ahead: " + date);
        }
        return date;
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(message);
        }
        return value.trim();
    }

    /** The answer of a placement: one order per vendor. */
    public record PlacedOrders(List<PlacedOrder> orders) {
    }
}
