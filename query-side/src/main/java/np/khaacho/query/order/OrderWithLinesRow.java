package np.khaacho.query.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.query.InboxOrder;
import np.khaacho.kernel.query.OrderView;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An order with its lines as sold ({@code read_model.orders} and {@code read_model.order_lines}), read in
 * one statement: the lines come as one JSON array per order, in their order. The order's own page and the
 * vendor's inbox read orders this way; a second statement for the lines cost more than the array.
 * Read-only: the orders projection writes both tables.
 */
@Entity
@Immutable
@Table(schema = "read_model", name = "orders")
public class OrderWithLinesRow extends OrderColumns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Line>> LINES = new TypeReference<>() {
    };

    /** The lines, or null for an order without any (a draft whose lines were all refused). */
    @Formula("""
            (SELECT json_agg(json_build_object('productId', order_lines.product_id, 'sku', order_lines.sku,
                    'name', order_lines.name, 'quantity', order_lines.quantity, 'unit', order_lines.unit,
                    'unitPrice', order_lines.unit_price, 'subtotal', order_lines.subtotal) ORDER BY order_lines.line_no)
             FROM read_model.order_lines WHERE order_lines.order_id = order_id)""")
    private String lines;

    protected OrderWithLinesRow() {
        // for Hibernate
    }

    OrderView view() {
        return new OrderView(id, orderNumber, status, paymentStatus, buyerId, buyerName, vendorId, vendorName, items(),
                Money.of(totalAmount), Money.of(paidAmount), paymentTerms, deliveryAddress, deliveryDate, dueDate,
                overdue, respondBy, declineReason, placedAt, createdAt, updatedAt);
    }

    /** The order in its vendor's inbox, with the seconds left to answer as of {@code now}. */
    InboxOrder waiting(Instant now) {
        long secondsLeft = respondBy == null ? 0 : Math.max(0, Duration.between(now, respondBy).toSeconds());
        return new InboxOrder(id, orderNumber, buyerId, buyerName, items(), Money.of(totalAmount), deliveryAddress,
                createdAt, respondBy, secondsLeft);
    }

    private List<OrderView.Item> items() {
        if (lines == null) {
            return List.of();
        }
        try {
            return JSON.readValue(lines, LINES).stream().map(Line::item).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the lines of order " + id + " are not the JSON they were read as", e);
        }
    }

    /** A line as the JSON array has it: the columns of {@code read_model.order_lines}, the numbers as written. */
    private record Line(String productId, String sku, String name, BigDecimal quantity, String unit,
                        BigDecimal unitPrice, BigDecimal subtotal) {

        OrderView.Item item() {
            return new OrderView.Item(ProductId.of(productId), sku, name, Quantity.of(quantity), unit,
                    Money.of(unitPrice), Money.of(subtotal));
        }
    }
}
