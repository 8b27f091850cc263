package np.khaacho.command.draft;

import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The drafts still waiting for their buyer's yes, by the message they were made from (the table
 * {@code write_model.drafts}). The {@link DraftIndexProjector} keeps it; everyone else only asks.
 */
@Component
public class Drafts {

    private final JdbcTemplate jdbc;

    Drafts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The buyer's waiting drafts. */
    public List<OrderId> ofBuyer(BuyerId buyer) {
        return ids(jdbc.queryForList("SELECT order_id FROM write_model.drafts WHERE buyer_id = ? ORDER BY order_id",
                String.class, buyer.value()));
    }

    /** The buyer's waiting drafts made from that message. */
    public List<OrderId> fromMessage(BuyerId buyer, String messageId) {
        return ids(jdbc.queryForList("""
                SELECT order_id FROM write_model.drafts WHERE message_id = ? AND buyer_id = ? ORDER BY order_id""",
                String.class, messageId, buyer.value()));
    }

    /** The buyer's waiting drafts made from any other message than that one. */
    public List<OrderId> fromOtherMessages(BuyerId buyer, String messageId) {
        return ids(jdbc.queryForList("""
                SELECT order_id FROM write_model.drafts WHERE buyer_id = ? AND message_id <> ? ORDER BY order_id""",
                String.class, buyer.value(), messageId));
    }

    /** The message the buyer's latest waiting draft was made from. */
    public Optional<String> latestMessage(BuyerId buyer) {
        return jdbc.queryForList("""
                SELECT message_id FROM write_model.drafts WHERE buyer_id = ? ORDER BY created_at DESC LIMIT 1""",
                String.class, buyer.value()).stream().findFirst();
    }

    void add(OrderId orderId, String messageId, BuyerId buyer) {
        jdbc.update("INSERT INTO write_model.drafts (order_id, message_id, buyer_id) VALUES (?, ?, ?)",
                orderId.value(), messageId, buyer.value());
    }

    void forget(OrderId orderId) {
        jdbc.update("DELETE FROM write_model.drafts WHERE order_id = ?", orderId.value());
    }

    private static List<OrderId> ids(List<String> values) {
        return values.stream().map(OrderId::of).toList();
    }
}
