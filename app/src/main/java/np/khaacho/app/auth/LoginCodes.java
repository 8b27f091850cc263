package np.khaacho.app.auth;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The live login code of each phone in {@code auth.otp_codes}; times come from the database's clock. */
class LoginCodes {

    private final JdbcTemplate jdbc;

    LoginCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The phone's new code takes the place of any earlier one, used or not; answers when it expires. */
    Instant replace(String phone, UUID codeId, String userId, byte[] codeHash, Duration ttl) {
        return jdbc.queryForObject("""
                INSERT INTO auth.otp_codes (phone, code_id, user_id, code_hash, attempts, created_at, expires_at)
                VALUES (?, ?, ?, ?, 0, now(), now() + make_interval(secs => ?))
                ON CONFLICT (phone) DO UPDATE SET code_id = EXCLUDED.code_id, user_id = EXCLUDED.user_id,
                    code_hash = EXCLUDED.code_hash, attempts = 0, created_at = EXCLUDED.created_at,
                    expires_at = EXCLUDED.expires_at, consumed_at = NULL
                RETURNING expires_at""",
                (rs, row) -> rs.getTimestamp("expires_at").toInstant(),
                phone, codeId, userId, codeHash, ttl.toMillis() / 1000.0);
    }

    /** The phone's code, locked until the transaction ends, so concurrent tries are counted one by one. */
    Optional<StoredCode> lock(String phone) {
        return jdbc.query("""
                        SELECT code_id, user_id, code_hash, attempts, expires_at <= now() AS expired,
                               consumed_at IS NOT NULL AS consumed
                        FROM auth.otp_codes WHERE phone = ? FOR UPDATE""",
                (rs, row) -> new StoredCode(rs.getObject("code_id", UUID.class), rs.getString("user_id"),
                        rs.getBytes("code_hash"), rs.getInt("attempts"), rs.getBoolean("expired"),
                        rs.getBoolean("consumed")), phone).stream().findFirst();
    }

    /** Returns the attempts made so far, this one included. */
    int countWrongAttempt(String phone) {
        Integer attempts = jdbc.queryForObject(
                "UPDATE auth.otp_codes SET attempts = attempts + 1 WHERE phone = ? RETURNING attempts",
                Integer.class, phone);
        return attempts == null ? 0 : attempts;
    }

    void consume(String phone) {
        jdbc.update("UPDATE auth.otp_codes SET consumed_at = now() WHERE phone = ?", phone);
    }

    /** Codes expired longer ago than the grace are no longer worth an answer more telling than "invalid". */
    int deleteExpired(Duration grace) {
        return jdbc.update("DELETE FROM auth.otp_codes WHERE expires_at <= now() - make_interval(secs => ?)",
                grace.toMillis() / 1000.0);
    }

    /** A code as stored: its hash, never the code. A null user id marks the stand-in of an unknown phone. */
    record StoredCode(UUID codeId, String userId, byte[] codeHash, int attempts, boolean expired, boolean consumed) {
    }
}
