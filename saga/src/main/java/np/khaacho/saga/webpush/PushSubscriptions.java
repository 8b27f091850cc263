package np.khaacho.saga.webpush;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The browsers each user asked to be told in ({@code messaging.push_subscriptions}), newest kept. */
@Component
class PushSubscriptions {

    record Subscription(String endpoint, String userId) {
    }

    private final JdbcTemplate jdbc;
    private final int maxPerUser;

    PushSubscriptions(JdbcTemplate jdbc, WebPushSettings settings) {
        this.jdbc = jdbc;
        this.maxPerUser = settings.maxPerUser();
    }

    /** Keeps the subscription (an endpoint moves to whoever subscribed with it last); a user keeps its newest few. */
    @Transactional
    void save(String userId, String endpoint, String p256dh, String auth) {
        jdbc.update("""
                INSERT INTO messaging.push_subscriptions (endpoint, user_id, p256dh, auth) VALUES (?, ?, ?, ?)
                ON CONFLICT (endpoint) DO UPDATE SET user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh,
                    auth = EXCLUDED.auth, created_at = now()""", endpoint, userId, p256dh, auth);
        jdbc.update("""
                DELETE FROM messaging.push_subscriptions WHERE user_id = ? AND endpoint NOT IN (
                    SELECT endpoint FROM messaging.push_subscriptions WHERE user_id = ?
                    ORDER BY created_at DESC, endpoint LIMIT ?)""", userId, userId, maxPerUser);
    }

    /** Drops the user's subscription at this endpoint; answers whether there was one. */
    boolean remove(String userId, String endpoint) {
        return jdbc.update("DELETE FROM messaging.push_subscriptions WHERE user_id = ? AND endpoint = ?", userId, endpoint) > 0;
    }

    /** A subscription its push service says is gone (404, 410). */
    void gone(String endpoint) {
        jdbc.update("DELETE FROM messaging.push_subscriptions WHERE endpoint = ?", endpoint);
    }

    void sent(String endpoint) {
        jdbc.update("UPDATE messaging.push_subscriptions SET last_sent_at = now() WHERE endpoint = ?", endpoint);
    }

    List<Subscription> of(String userId) {
        return jdbc.query("SELECT endpoint, user_id FROM messaging.push_subscriptions WHERE user_id = ? ORDER BY created_at",
                (rs, i) -> new Subscription(rs.getString("endpoint"), rs.getString("user_id")), userId);
    }
}
