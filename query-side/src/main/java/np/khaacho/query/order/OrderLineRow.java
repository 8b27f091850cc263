package np.khaacho.query.order;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.query.OrderView;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line of an order as sold ({@code read_model.order_lines}). Read-only. */
@Entity
@Immutable
@Table(schema = "read_model", name = "order_lines")
class OrderLineRow {

    @EmbeddedId
    private Key key;
    private ProductId productId;
    private String sku;
    private String name;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal unitPrice;
    private BigDecimal subtotal;

    protected OrderLineRow() {
        // for Hibernate
    }

    OrderId orderId() {
        return key.orderId();
    }

    OrderView.Item item() {
        return new OrderView.Item(productId, sku, name, Quantity.of(quantity), unit, Money.of(unitPrice),
                Money.of(subtotal));
    }

    /** The order and the line's place in it. */
    @Embeddable
    record Key(OrderId orderId, int lineNo) implements Serializable {
    }
}
