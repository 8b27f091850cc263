package np.khaacho.command.stock;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import np.khaacho.command.Violations;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.AdjustStock;
import np.khaacho.kernel.stock.AdjustStockReservation;
import np.khaacho.kernel.stock.CommitStock;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.ReleaseStock;
import np.khaacho.kernel.stock.ReserveStock;
import np.khaacho.kernel.stock.StockAdjusted;
import np.khaacho.kernel.stock.StockCommitted;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReservationAdjusted;
import np.khaacho.kernel.stock.StockReservationDeclined;
import np.khaacho.kernel.stock.StockReserved;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock of one product: what is on hand and what is held for orders. Reserved never exceeds on
 * hand and nothing goes negative, so no order is ever promised goods that are not there.
 */
@Aggregate(snapshotTriggerDefinition = "stockSnapshotTrigger", cache = "stockCache")
// Snapshots are written with Jackson, which must see the private state.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public class Stock {

    @AggregateIdentifier
    private StockId stockId;
    private ProductId productId;
    private Quantity onHand = Quantity.ZERO;
    private Quantity reserved = Quantity.ZERO;
    private Map<OrderId, Quantity> reservations = new HashMap<>();
    private Set<OrderId> committedOrders = new HashSet<>();

    protected Stock() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveStock command) {
        Violations.check()
                .positive(command.quantity(), "quantity")
                .require(command.stockId().productId().equals(command.productId()),
                        "productId", "must be the product this stock counts")
                .orRefuse("stock receipt");
        apply(new StockReceived(command.stockId(), command.productId(), command.quantity(), command.reference(),
                onHand.plus(command.quantity()), reserved));
    }

    @CommandHandler
    public void handle(AdjustStock command) {
        Violations.check()
                .require(command.delta() != null && !command.delta().isZero(), "delta", "must not be zero")
                .notBlank(command.reason(), "reason")
                .orRefuse("stock adjustment");
        Quantity adjusted = onHand.plus(command.delta());
        if (adjusted.isLessThan(reserved)) {
            throw new DomainException(ErrorCode.STOCK_BELOW_RESERVED,
                    "adjusting " + stockId + " by " + command.delta() + " leaves " + adjusted
                            + " on hand, below the " + reserved + " reserved");
        }
        apply(new StockAdjusted(stockId, productId, command.delta(), command.reason(), adjusted, reserved));
    }

    @CommandHandler
    public void handle(ReserveStock command) {
        Violations.check()
                .present(command.orderId(), "orderId")
                .positive(command.quantity(), "quantity")
                .orRefuse("stock reservation");
        OrderId orderId = command.orderId();
        Quantity held = reservations.get(orderId);
        if (held != null) {
            if (!held.equals(command.quantity())) {
                throw new DomainException(ErrorCode.CONFLICT,
                        orderId + " already holds " + held + " of " + stockId + ", not " + command.quantity());
            }
            return;
        }
        if (committedOrders.contains(orderId)) {
            // a late retry of a step that already led to dispatch: holding again would hold twice
            return;
        }
        Quantity available = onHand.minus(reserved);
        if (available.isLessThan(command.quantity())) {
            apply(new StockReservationDeclined(stockId, productId, orderId, command.quantity(), available));
            return;
        }
        apply(new StockReserved(stockId, productId, orderId, command.quantity(),
                onHand, reserved.plus(command.quantity())));
    }

    @CommandHandler
    public void handle(AdjustStockReservation command) {
        Violations.check()
                .present(command.orderId(), "orderId")
                .positive(command.quantity(), "quantity")
                .orRefuse("stock reservation adjustment");
        OrderId orderId = command.orderId();
        Quantity held = reservations.get(orderId);
        if (held == null) {
            throw new DomainException(ErrorCode.UNKNOWN_RESERVATION,
                    "no stock of " + stockId + " is reserved for " + orderId);
        }
        if (held.equals(command.quantity())) {
            return;
        }
        Quantity increase = command.quantity().minus(held);
        Quantity available = onHand.minus(reserved);
        if (increase.isGreaterThan(available)) {
            throw new DomainException(ErrorCode.INSUFFICIENT_STOCK, "holding " + command.quantity() + " of " + stockId
                    + " for " + orderId + " needs " + increase + " more, only " + available + " is available");
        }
        apply(new StockReservationAdjusted(stockId, productId, orderId, held, command.quantity(),
                onHand, reserved.plus(increase)));
    }

    @CommandHandler
    public void handle(ReleaseStock command) {
        Violations.check().present(command.orderId(), "orderId").orRefuse("stock release");
        Quantity held = reservations.get(command.orderId());
        if (held == null) {
            return;
        }
        apply(new StockReleased(stockId, productId, command.orderId(), held, command.reason(),
                onHand, reserved.minus(held)));
    }

    @CommandHandler
    public void handle(CommitStock command) {
        Violations.check().present(command.orderId(), "orderId").orRefuse("stock commitment");
        Quantity held = reservations.get(command.orderId());
        if (held == null) {
            if (committedOrders.contains(command.orderId())) {
                return;
            }
            throw new DomainException(ErrorCode.UNKNOWN_RESERVATION,
                    "no stock of " + stockId + " is reserved for " + command.orderId());
        }
        apply(new StockCommitted(stockId, productId, command.orderId(), held,
                onHand.minus(held), reserved.minus(held)));
    }

    @EventSourcingHandler
    void on(StockReceived event) {
        stockId = event.stockId();
        productId = event.productId();
        onHand = event.onHand();
        reserved = event.reserved();
    }

    @EventSourcingHandler
    void on(StockAdjusted event) {
        onHand = event.onHand();
        reserved = event.reserved();
    }

    @EventSourcingHandler
    void on(StockReserved event) {
        reservations.put(event.orderId(), event.quantity());
        onHand = event.onHand();
        reserved = event.reserved();
    }

    @EventSourcingHandler
    void on(StockReservationAdjusted event) {
        reservations.put(event.orderId(), event.quantity());
        onHand = event.onHand();
        reserved = event.reserved();
    }

    @EventSourcingHandler
    void on(StockReleased event) {
        reservations.remove(event.orderId());
        onHand = event.onHand();
        reserved = event.reserved();
    }

    @EventSourcingHandler
    void on(StockCommitted event) {
        reservations.remove(event.orderId());
        committedOrders.add(event.orderId());
        onHand = event.onHand();
        reserved = event.reserved();
    }
}
