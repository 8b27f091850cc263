package np.khaacho.saga.whatsapp;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Role;
import np.khaacho.saga.notification.NotificationKind;
import np.khaacho.saga.notification.OutboxListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Admins see outbound WhatsApp messages (above all the failed ones, with why) and send a failed one again. */
@RestController
@RequestMapping("/v1/admin/outbound")
class OutboundAdminController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private static final String COLUMNS = """
            id, recipient_id, phone, kind, language, body, order_id, status, attempts, last_error, next_attempt_at,
            send_form, provider_sid, delivery_status, delivery_error, delivered_at, created_at, sent_at""";
    private static final RowMapper<OutboundView> VIEW = (rs, row) -> new OutboundView(rs.getLong("id"),
            rs.getString("recipient_id"), rs.getString("phone"), rs.getString("kind"), rs.getString("language"),
            rs.getString("body"), rs.getString("order_id"), rs.getString("status"), rs.getInt("attempts"),
            rs.getString("last_error"), instant(rs, "next_attempt_at"), rs.getString("send_form"),
            rs.getString("provider_sid"), rs.getString("delivery_status"), rs.getString("delivery_error"),
            instant(rs, "delivered_at"), instant(rs, "created_at"), instant(rs, "sent_at"));

    private final JdbcTemplate jdbc;
    private final ObjectProvider<OutboxListener> listeners;

    OutboundAdminController(JdbcTemplate jdbc, ObjectProvider<OutboxListener> listeners) {
        this.jdbc = jdbc;
        this.listeners = listeners;
    }

    /** Newest first; {@code page} counts from 0, {@code size} is 20 unless asked, at most 100. */
    @GetMapping
    public ApiResponse<PageOf<OutboundView>> list(@RequestParam(name = "status", required = false) String status,
                                                  @RequestParam(name = "page", required = false) Integer page,
                                                  @RequestParam(name = "size", required = false) Integer size,
                                                  Actor actor) {
        requireAdmin(actor);
        OutboundStatus wanted = status(status);
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        PageOf.requireValidPaging(p, s, MAX_SIZE);
        String where = wanted == null ? "" : " WHERE status = ?";
        Object[] filter = wanted == null ? new Object[0] : new Object[]{wanted.name()};
        Long total = jdbc.queryForObject("SELECT count(*) FROM messaging.outbox" + where, Long.class, filter);
        List<Object> arguments = new ArrayList<>(Arrays.asList(filter));
        arguments.add(s);
        arguments.add((long) p * s);
        List<OutboundView> items = jdbc.query("SELECT " + COLUMNS + " FROM messaging.outbox" + where
                + " ORDER BY id DESC LIMIT ? OFFSET ?", VIEW, arguments.toArray());
        return ApiResponse.ok(new PageOf<>(items, p, s, total == null ? 0 : total));
    }

    /**
     * A failed message goes back to the queue with a fresh count of attempts. A login code is never sent
     * again: its code is gone with the failure, and the person asks for a new one.
     */
    @PostMapping("/{id}/retry")
    public ApiResponse<OutboundView> retry(@PathVariable("id") long id, Actor actor) {
        requireAdmin(actor);
        String kind = jdbc.query("SELECT kind FROM messaging.outbox WHERE id = ?", (rs, row) -> rs.getString(1), id)
                .stream().findFirst().orElseThrow(() -> ApiException.notFound("outbound message", id));
        if (NotificationKind.LOGIN_CODE.name().equals(kind)) {
            throw new ApiException(ErrorCode.ILLEGAL_TRANSITION, "message " + id + " is a login code, which is never "
                    + "sent again: the person asks for a new code on the sign-in page");
        }
        int updated = jdbc.update("""
                UPDATE messaging.outbox
                SET status = 'PENDING', attempts = 0, next_attempt_at = now(), claimed_by = NULL, claimed_until = NULL
                WHERE id = ? AND status = 'FAILED' AND kind <> 'LOGIN_CODE'""", id);
        OutboundView message = jdbc.query("SELECT " + COLUMNS + " FROM messaging.outbox WHERE id = ?", VIEW, id)
                .stream().findFirst().orElseThrow(() -> ApiException.notFound("outbound message", id));
        if (updated == 0) {
            throw new ApiException(ErrorCode.ILLEGAL_TRANSITION,
                    "only a FAILED message can be retried; message " + id + " is " + message.status());
        }
        listeners.orderedStream().forEach(OutboxListener::queued);
        return ApiResponse.ok(message, "message " + id + " is queued again");
    }

    static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("outbound messages are open to admins only, not to role " + actor.role());
        }
    }

    private static OutboundStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OutboundStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status must be one of " + Arrays.toString(OutboundStatus.values()));
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
