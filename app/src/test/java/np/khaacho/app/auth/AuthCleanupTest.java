package np.khaacho.app.auth;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recurring cleanup forgets spent login codes, dead refresh-token families, revocations of expired
 * access tokens and closed rate windows (the longest is a day), and nothing else.
 */
class AuthCleanupTest extends IntegrationTest {

    private static final String OLD_CODE = "+9779800030001";
    private static final String RECENTLY_EXPIRED_CODE = "+9779800030002";
    private static final String LIVE_CODE = "+9779800030003";

    @Autowired
    private Scheduler scheduler;

    @AfterEach
    void removeTheTestRows() {
        jdbc.update("DELETE FROM auth.otp_codes WHERE phone IN (?, ?, ?)", OLD_CODE, RECENTLY_EXPIRED_CODE, LIVE_CODE);
        jdbc.update("DELETE FROM auth.refresh_tokens WHERE user_id = 'cleanup-test'");
        jdbc.update("DELETE FROM auth.rate_limits WHERE bucket LIKE 'cleanup-test:%'");
        jdbc.update("DELETE FROM auth.revoked_access_tokens WHERE token_id LIKE 'cleanup-test:%'");
    }

    @Test
    void theCleanupDeletesOnlyWhatCanNoLongerMatter() {
        code(OLD_CODE, "now() - interval '20 minutes'");
        code(RECENTLY_EXPIRED_CODE, "now() - interval '1 minute'");
        code(LIVE_CODE, "now() + interval '4 minutes'");
        UUID deadFamily = UUID.randomUUID();
        UUID liveFamily = UUID.randomUUID();
        refreshToken(deadFamily, "now() - interval '2 days'", true);
        refreshToken(deadFamily, "now() - interval '1 day'", false);
        // A replaced token of a live session is kept, so that its reuse is still noticed.
        UUID replaced = refreshToken(liveFamily, "now() - interval '1 day'", true);
        refreshToken(liveFamily, "now() + interval '29 days'", false);
        counter("cleanup-test:closed", "now() - interval '25 hours'");
        counter("cleanup-test:open", "now() - interval '1 minute'");
        revokedAccessToken("cleanup-test:expired", "now() - interval '1 second'");
        revokedAccessToken("cleanup-test:live", "now() + interval '10 minutes'");

        Eventually.waitUntil("the cleanup to run", () -> {
            try {
                scheduler.reschedule(TaskInstanceId.of("auth-cleanup", "recurring"), Instant.now());
            } catch (TaskInstanceCurrentlyExecutingException running) {
                // it is running right now (after the start, say): its result is looked at next time round
            }
            return count("SELECT count(*) FROM auth.otp_codes WHERE phone = ?", OLD_CODE) == 0;
        });

        assertThat(count("SELECT count(*) FROM auth.otp_codes WHERE phone IN (?, ?)", RECENTLY_EXPIRED_CODE, LIVE_CODE))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM auth.refresh_tokens WHERE family_id = ?", deadFamily)).isZero();
        assertThat(count("SELECT count(*) FROM auth.refresh_tokens WHERE family_id = ?", liveFamily)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM auth.refresh_tokens WHERE id = ?", replaced)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM auth.rate_limits WHERE bucket = 'cleanup-test:closed'")).isZero();
        assertThat(count("SELECT count(*) FROM auth.rate_limits WHERE bucket = 'cleanup-test:open'")).isEqualTo(1);
        // A revoked access token is remembered while it could still be presented.
        assertThat(count("SELECT count(*) FROM auth.revoked_access_tokens WHERE token_id = 'cleanup-test:expired'")).isZero();
        assertThat(count("SELECT count(*) FROM auth.revoked_access_tokens WHERE token_id = 'cleanup-test:live'"))
                .isEqualTo(1);
    }

    private void code(String phone, String expiresAt) {
        jdbc.update("INSERT INTO auth.otp_codes (phone, code_id, code_hash, created_at, expires_at) "
                + "VALUES (?, ?, '\\x00'::bytea, now() - interval '30 minutes', " + expiresAt + ")",
                phone, UUID.randomUUID());
    }

    private UUID refreshToken(UUID family, String expiresAt, boolean revoked) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO auth.refresh_tokens (id, token_hash, family_id, user_id, issued_at, expires_at, revoked_at, "
                + "session_started_at) VALUES (?, sha256(convert_to(?, 'UTF8')), ?, 'cleanup-test', now() - interval '40 days', "
                + expiresAt + ", " + (revoked ? "now()" : "NULL") + ", now() - interval '40 days')", id, id.toString(), family);
        return id;
    }

    private void revokedAccessToken(String id, String expiresAt) {
        jdbc.update("INSERT INTO auth.revoked_access_tokens (token_id, expires_at, revoked_at) VALUES (?, " + expiresAt
                + ", now())", id);
    }

    private void counter(String bucket, String windowStartedAt) {
        jdbc.update("INSERT INTO auth.rate_limits (bucket, window_started_at, hits) VALUES (?, " + windowStartedAt
                + ", 1)", bucket);
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
