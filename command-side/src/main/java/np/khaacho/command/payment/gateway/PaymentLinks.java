package np.khaacho.command.payment.gateway;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.payment.PaymentGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code write_model.payment_links}: the payments buyers opened with a wallet, and when each is looked up next. */
class PaymentLinks {

    private static final String COLUMNS = """
            link_id, buyer_id, gateway, amount, reference, state, detail, payment_id, paid_amount, checks, created_at,
            expires_at, closed_at, opened_from""";
    private static final RowMapper<PaymentLink> LINK = PaymentLinks::link;

    private final JdbcTemplate jdbc;

    PaymentLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void open(String linkId, BuyerId buyerId, PaymentGateway gateway, Money amount, Duration lifetime,
              PaymentLink.OpenedFrom openedFrom) {
        jdbc.update("""
                        INSERT INTO write_model.payment_links (link_id, buyer_id, gateway, amount, expires_at, opened_from)
                        VALUES (?, ?, ?, ?, now() + make_interval(secs => ?), ?)""",
                linkId, buyerId.value(), gateway.name(), amount.amount(), lifetime.toSeconds(), openedFrom.name());
    }

    /** The gateway's reference for the link (Khalti's pidx, the eSewa transaction uuid), checked first at {@code checkAt}. */
    void referenced(String linkId, String reference, Duration firstCheckIn) {
        jdbc.update("""
                        UPDATE write_model.payment_links SET reference = ?, next_check_at = now() + make_interval(secs => ?)
                        WHERE link_id = ?""",
                reference, firstCheckIn.toSeconds(), linkId);
    }

    /** A link that could not be opened at the gateway: closed, with why. */
    void refused(String linkId, String detail) {
        jdbc.update("""
                UPDATE write_model.payment_links SET state = 'FAILED', detail = ?, closed_at = now()
                WHERE link_id = ? AND state = 'OPEN'""", detail, linkId);
    }

    Optional<PaymentLink> find(String linkId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM write_model.payment_links WHERE link_id = ?", LINK, linkId)
                .stream().findFirst();
    }

    Optional<PaymentLink> byReference(PaymentGateway gateway, String reference) {
        return jdbc.query("SELECT " + COLUMNS + " FROM write_model.payment_links WHERE gateway = ? AND reference = ?",
                LINK, gateway.name(), reference).stream().findFirst();
    }

    List<PaymentLink> ofBuyer(BuyerId buyerId, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM write_model.payment_links WHERE buyer_id = ?"
                + " ORDER BY created_at DESC, link_id LIMIT ?", LINK, buyerId.value(), limit);
    }

    /** Claims open links due for a lookup, for a while, so no other checker asks about them meanwhile. */
    List<PaymentLink> claimDue(int limit, Duration claimFor) {
        return jdbc.query("""
                        UPDATE write_model.payment_links SET claimed_until = now() + make_interval(secs => ?)
                        WHERE link_id IN (
                            SELECT link_id FROM write_model.payment_links
                            WHERE state = 'OPEN' AND reference IS NOT NULL AND next_check_at <= now()
                              AND (claimed_until IS NULL OR claimed_until < now())
                            ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING\s""" + COLUMNS,
                LINK, claimFor.toSeconds(), limit);
    }

    /** The gateway said nothing final: looked up again after {@code wait}; {@code detail} is what it said. */
    void checkAgain(String linkId, String detail, Duration wait) {
        jdbc.update("""
                        UPDATE write_model.payment_links
                        SET checks = checks + 1, detail = ?, next_check_at = now() + make_interval(secs => ?),
                            claimed_until = NULL
                        WHERE link_id = ? AND state = 'OPEN'""",
                detail, wait.toMillis() / 1000.0, linkId);
    }

    void completed(String linkId, String paymentId, Money paid, String detail) {
        jdbc.update("""
                        UPDATE write_model.payment_links
                        SET state = 'COMPLETED', payment_id = ?, paid_amount = ?, detail = ?, checks = checks + 1,
                            closed_at = now(), claimed_until = NULL
                        WHERE link_id = ? AND state = 'OPEN'""",
                paymentId, paid.amount(), detail, linkId);
    }

    void failed(String linkId, String detail) {
        jdbc.update("""
                        UPDATE write_model.payment_links
                        SET state = 'FAILED', detail = ?, checks = checks + 1, closed_at = now(), claimed_until = NULL
                        WHERE link_id = ? AND state = 'OPEN'""",
                detail, linkId);
    }

    private static PaymentLink link(ResultSet rs, int row) throws SQLException {
        return new PaymentLink(rs.getString("link_id"), BuyerId.of(rs.getString("buyer_id")),
                PaymentGateway.valueOf(rs.getString("gateway")), Money.of(rs.getBigDecimal("amount")),
                rs.getString("reference"), PaymentLink.State.valueOf(rs.getString("state")), rs.getString("detail"),
                rs.getString("payment_id"), rs.getBigDecimal("paid_amount") == null ? null
                : Money.of(rs.getBigDecimal("paid_amount")), rs.getInt("checks"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "closed_at"), PaymentLink.OpenedFrom.valueOf(rs.getString("opened_from")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
