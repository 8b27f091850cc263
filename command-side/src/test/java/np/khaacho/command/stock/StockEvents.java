package np.khaacho.command.stock;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.stock.StockAdjusted;
import np.khaacho.kernel.stock.StockCommitted;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReservationAdjusted;
import np.khaacho.kernel.stock.StockReservationDeclined;
import np.khaacho.kernel.stock.StockReserved;

/** The events of one product's stock, as tests give and expect them; quantities are written as text. */
final class StockEvents {

    static final ProductId RICE = ProductId.of("product-rice-jeera-masino-25kg");
    static final StockId RICE_STOCK = StockId.of(RICE);
    static final OrderId ORDER_A = OrderId.of("order-a");
    static final OrderId ORDER_B = OrderId.of("order-b");
    static final OrderId ORDER_C = OrderId.of("order-c");
    static final String DELIVERY_NOTE = "GRN-2081-0042";

    private StockEvents() {
    }

    static Quantity qty(String value) {
        return Quantity.of(value);
    }

    /** The first receipt, which opens the stock. */
    static StockReceived opened(String quantity) {
        return received(quantity, quantity, "0");
    }

    static StockReceived received(String quantity, String onHand, String reserved) {
        return new StockReceived(RICE_STOCK, RICE, qty(quantity), DELIVERY_NOTE, qty(onHand), qty(reserved));
    }

    static StockAdjusted adjusted(String delta, String reason, String onHand, String reserved) {
        return new StockAdjusted(RICE_STOCK, RICE, qty(delta), reason, qty(onHand), qty(reserved));
    }

    static StockReserved reserved(OrderId orderId, String quantity, String onHand, String reserved) {
        return new StockReserved(RICE_STOCK, RICE, orderId, qty(quantity), qty(onHand), qty(reserved));
    }

    static StockReservationDeclined declined(OrderId orderId, String requested, String available) {
        return new StockReservationDeclined(RICE_STOCK, RICE, orderId, qty(requested), qty(available));
    }

    static StockReservationAdjusted reservationAdjusted(OrderId orderId, String previousQuantity, String quantity,
                                                        String onHand, String reserved) {
        return new StockReservationAdjusted(RICE_STOCK, RICE, orderId, qty(previousQuantity), qty(quantity), qty(onHand),
                qty(reserved));
    }

    static StockReleased released(OrderId orderId, String quantity, String reason, String onHand, String reserved) {
        return new StockReleased(RICE_STOCK, RICE, orderId, qty(quantity), reason, qty(onHand), qty(reserved));
    }

    static StockCommitted committed(OrderId orderId, String quantity, String onHand, String reserved) {
        return new StockCommitted(RICE_STOCK, RICE, orderId, qty(quantity), qty(onHand), qty(reserved));
    }
}
