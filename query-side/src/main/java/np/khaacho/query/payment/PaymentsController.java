package np.khaacho.query.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What buyers paid and what is held for them: a buyer sees its own payments, an admin anyone's, and the
 * buyers with money held unapplied (to apply or pay back).
 */
@RestController
@Tag(name = "Payments (reads)")
class PaymentsController {

    private static final int MAX_SIZE = 100;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final RowMapper<ReceivedPayment> received;

    PaymentsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.received = (rs, row) -> new ReceivedPayment(rs.getString("payment_id"), rs.getString("buyer_id"),
                rs.getBigDecimal("amount"), rs.getString("method"), rs.getString("gateway"), rs.getString("reference"),
                rs.getBigDecimal("applied"), rs.getBigDecimal("unapplied"), rs.getString("reason"),
                tree(rs.getString("shares")), rs.getTimestamp("received_at").toInstant());
    }

    /** The newest first; a buyer's own (no {@code buyerId}), or, for an admin, any buyer's. */
    @GetMapping("/v1/payments/received")
    public ApiResponse<PageOf<ReceivedPayment>> received(@RequestParam(name = "buyerId", required = false) String buyerId,
                                                         @RequestParam(name = "page", defaultValue = "0") int page,
                                                         @RequestParam(name = "size", defaultValue = "20") int size,
                                                         Actor actor) {
        String buyer;
        if (actor.is(Role.BUYER) && (buyerId == null || buyerId.isBlank() || "me".equals(buyerId) || actor.userId().equals(buyerId))) {
            buyer = actor.userId();
        } else if (actor.is(Role.ADMIN)) {
            if (buyerId == null || buyerId.isBlank()) {
                throw ApiException.invalid("name the buyer: buyerId");
            }
            buyer = buyerId;
        } else {
            throw ApiException.forbidden("payments are open to their buyer and to admins");
        }
        PageOf.requireValidPaging(page, size, MAX_SIZE);
        Long total = jdbc.queryForObject("SELECT count(*) FROM read_model.payments_received WHERE buyer_id = ?",
                Long.class, buyer);
        List<ReceivedPayment> items = jdbc.query("""
                SELECT * FROM read_model.payments_received WHERE buyer_id = ?
                ORDER BY received_at DESC, payment_id LIMIT ? OFFSET ?""", received, buyer, size, (long) page * size);
        return ApiResponse.ok(new PageOf<>(items, page, size, total == null ? 0 : total));
    }

    /** The buyers with money held unapplied, the most first. */
    @GetMapping("/v1/admin/payments/unapplied")
    public ApiResponse<List<HeldCredit>> unapplied(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("money held for buyers is open to admins only");
        }
        return ApiResponse.ok(jdbc.query("""
                        SELECT c.buyer_id, u.display_name, u.phone, c.balance, c.updated_at
                        FROM read_model.unapplied_credit c LEFT JOIN read_model.users u ON u.user_id = c.buyer_id
                        WHERE c.balance > 0 ORDER BY c.balance DESC, c.buyer_id LIMIT 200""",
                (rs, row) -> new HeldCredit(rs.getString("buyer_id"), rs.getString("display_name"), rs.getString("phone"),
                        rs.getBigDecimal("balance"), instant(rs.getTimestamp("updated_at")))));
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }

    /** One payment as booked: what went to orders ({@code shares}) and what was held, with why. */
    record ReceivedPayment(String paymentId, String buyerId, BigDecimal amount, String method, String gateway,
                           String reference, BigDecimal applied, BigDecimal unapplied, String reason, JsonNode shares,
                           Instant receivedAt) {
    }

    /** A buyer with money held unapplied. */
    record HeldCredit(String buyerId, String buyerName, String phone, BigDecimal balance, Instant updatedAt) {
    }
}
