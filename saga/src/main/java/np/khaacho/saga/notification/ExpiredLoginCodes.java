package np.khaacho.saga.notification;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Login-code messages whose code expired before anyone sent them: marked FAILED and their sealed code
 * wiped. The relay never claims such a message, so this is the one place an expired code goes away;
 * a claimed message (being sent right now) is left to its sender.
 */
public class ExpiredLoginCodes {

    static final String EXPIRED = "the login code expired before it was sent; a new one must be asked for";

    private final JdbcTemplate jdbc;

    public ExpiredLoginCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many messages it failed. */
    public int fail() {
        return jdbc.update("""
                UPDATE messaging.outbox
                SET status = 'FAILED', sealed_code = NULL, last_error = ?, claimed_by = NULL, claimed_until = NULL
                WHERE sealed_code IS NOT NULL AND sealed_code_expires_at <= now() AND status = 'PENDING'
                  AND (claimed_until IS NULL OR claimed_until < now())""", EXPIRED);
    }
}
