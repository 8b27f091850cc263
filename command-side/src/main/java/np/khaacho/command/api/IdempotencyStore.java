package np.khaacho.command.api;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Remembers what a request with an {@code Idempotency-Key} answered. Claiming the key and storing
 * the answer happen in the caller's transaction, together with the commands: a concurrent retry
 * waits on the key's row and then finds the stored answer; a failed attempt leaves no trace.
 */
@Component
public class IdempotencyStore {

    private static final int MAX_KEY_LENGTH = 200;

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key, or returns the answer stored by the first request that used it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> claim(String userId, String key, String requestBody) {
        String hash = sha256(requestBody);
        int inserted = jdbc.update("""
                INSERT INTO write_model.idempotency_keys (user_id, idem_key, request_hash)
                VALUES (?, ?, ?) ON CONFLICT DO NOTHING""", userId, key, hash);
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.query("SELECT request_hash, response_body FROM write_model.idempotency_keys WHERE user_id = ? AND idem_key = ?",
                (rs, i) -> {
                    if (!hash.equals(rs.getString("request_hash"))) {
                        throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                                "this Idempotency-Key was used for a different request");
                    }
                    String body = rs.getString("response_body");
                    if (body == null) {
                        throw new ApiException(ErrorCode.REQUEST_IN_PROGRESS, "the first request with this key is still running");
                    }
                    return body;
                }, userId, key).stream().findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String userId, String key, int status, String responseBody) {
        jdbc.update("""
                UPDATE write_model.idempotency_keys SET response_status = ?, response_body = ?, completed_at = now()
                WHERE user_id = ? AND idem_key = ?""", status, responseBody, userId, key);
    }

    /** An {@code Idempotency-Key} header as given, checked; null when the request has none. */
    public static String validKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalid("an Idempotency-Key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
