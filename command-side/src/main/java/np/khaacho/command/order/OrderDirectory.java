package np.khaacho.command.order;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Whose an order is, and the next order number. */
@Component
public class OrderDirectory {

    private final JdbcTemplate jdbc;

    public OrderDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrderParties> parties(OrderId orderId) {
        return jdbc.query("SELECT order_id, order_number, buyer_id, vendor_id FROM write_model.order_index WHERE order_id = ?",
                (rs, i) -> new OrderParties(OrderId.of(rs.getString("order_id")), rs.getString("order_number"),
                        BuyerId.of(rs.getString("buyer_id")), VendorId.of(rs.getString("vendor_id"))),
                orderId.value()).stream().findFirst();
    }

    /** A new human-readable number, e.g. {@code KH-001042}. */
    public String nextOrderNumber() {
        Long next = jdbc.queryForObject("SELECT nextval('write_model.order_number_seq')", Long.class);
        return String.format("KH-%06d", next);
    }

    /** Who placed an order and who it is addressed to. */
    public record OrderParties(OrderId orderId, String orderNumber, BuyerId buyerId, VendorId vendorId) {
    }
}
