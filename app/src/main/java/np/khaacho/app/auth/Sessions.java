package np.khaacho.app.auth;

import np.khaacho.app.security.RevokedTokens;
import np.khaacho.app.security.RevokedTokens.AccessToken;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The session a phone login opens: an access token for requests and a refresh token that rotates on
 * every use, for at most the session's lifetime. Ending a session (logout, a refresh token used twice)
 * revokes its access tokens as well as its refresh tokens.
 */
public class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);
    /** Tokens from a phone login are a person's session in the portal or an app, not a script's. */
    static final Channel CHANNEL = Channel.PORTAL;

    private final AuthProperties properties;
    private final RefreshTokens refreshTokens;
    private final RevokedTokens revokedTokens;
    private final UserDirectory users;
    private final TokenIssuer tokens;
    private final TransactionTemplate transaction;

    Sessions(AuthProperties properties, RefreshTokens refreshTokens, RevokedTokens revokedTokens, UserDirectory users,
             TokenIssuer tokens, TransactionTemplate transaction) {
        this.properties = properties;
        this.refreshTokens = refreshTokens;
        this.revokedTokens = revokedTokens;
        this.users = users;
        this.tokens = tokens;
        this.transaction = transaction;
    }

    /** A new session for a user who has just proved the phone, in the caller's transaction. */
    Session start(UserDirectory.User user) {
        return startSession(user, UUID.randomUUID(), UUID.randomUUID(), null, properties.sessionMaxAge());
    }

    /**
     * A new access token and a new refresh token for an unused one, within the session's lifetime; a
     * used one ends the whole session.
     */
    public Session refresh(String refreshToken) {
        byte[] hash = Secrets.refreshTokenHash(requireToken(refreshToken));
        Verification outcome = transaction.execute(status -> {
            var stored = refreshTokens.lock(hash, properties.sessionMaxAge(), properties.refreshReuseGrace())
                    .orElse(null);
            if (stored == null) {
                return Verification.refused(invalidRefreshToken("the refresh token is not known"));
            }
            if (stored.justReplaced()) {
                // Most likely another tab of the same browser, which has not seen the successor yet: it
                // reads the newer token and goes on. One that never does logs the session out itself.
                return Verification.refused(new ApiException(ErrorCode.REFRESH_TOKEN_REPLACED,
                        "this refresh token was replaced a moment ago by another refresh of the session; use the newer one"));
            }
            if (stored.revoked()) {
                // A replaced or revoked token presented again: someone kept a copy. End the whole session.
                endSession(stored.familyId());
                log.warn("a revoked refresh token was presented again; its session (family {}) is revoked",
                        stored.familyId());
                return Verification.refused(invalidRefreshToken("the refresh token has been used or revoked"));
            }
            if (stored.expired()) {
                return Verification.refused(invalidRefreshToken("the refresh token has expired; log in again"));
            }
            if (stored.sessionLeft().compareTo(Duration.ofSeconds(1)) < 0) {
                endSession(stored.familyId());
                return Verification.refused(invalidRefreshToken("the session has reached its limit of "
                        + days(properties.sessionMaxAge()) + " since the login; log in again"));
            }
            var user = users.byId(stored.userId()).orElse(null);
            if (user == null) {
                endSession(stored.familyId());
                return Verification.refused(invalidRefreshToken("the account no longer exists"));
            }
            UUID successor = UUID.randomUUID();
            Session session = startSession(user, stored.familyId(), successor, stored.sessionStartedAt(),
                    stored.sessionLeft());
            refreshTokens.replace(stored.id(), successor);
            return Verification.accepted(session);
        });
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.session();
    }

    /**
     * Ends the refresh token's session: its refresh tokens and the access tokens issued with them; and
     * revokes the access token the request came with, if any. An unknown or already revoked token
     * changes nothing.
     */
    public void logout(String refreshToken, Optional<AccessToken> bearer) {
        byte[] hash = Secrets.refreshTokenHash(requireToken(refreshToken));
        transaction.executeWithoutResult(status -> {
            refreshTokens.familyOf(hash).ifPresent(this::endSession);
            bearer.ifPresent(token -> revokedTokens.revoke(List.of(token)));
        });
    }

    private void endSession(UUID familyId) {
        revokedTokens.revoke(refreshTokens.revokeFamily(familyId));
    }

    private static String days(Duration duration) {
        long days = duration.toDays();
        return days >= 1 && duration.equals(Duration.ofDays(days)) ? days + (days == 1 ? " day" : " days")
                : duration.toString();
    }

    /**
     * Issues the tokens of a session (new when {@code sessionStartedAt} is null) with {@code sessionLeft}
     * to run: neither token outlives the session.
     */
    private Session startSession(UserDirectory.User user, UUID familyId, UUID refreshTokenId,
                                 Instant sessionStartedAt, Duration sessionLeft) {
        Duration accessLifetime = shorter(properties.accessTokenTtl(), sessionLeft);
        var access = tokens.issue(user.id(), user.role(), user.phone(), CHANNEL, accessLifetime, familyId.toString());
        String refresh = Secrets.newRefreshToken();
        Instant refreshExpiresAt = refreshTokens.add(refreshTokenId, Secrets.refreshTokenHash(refresh), familyId,
                user.id(), shorter(properties.refreshTokenTtl(), sessionLeft), sessionStartedAt,
                new AccessToken(access.id(), access.expiresAt()));
        return new Session(access.value(), "Bearer", access.expiresAt(), refresh, refreshExpiresAt,
                new SessionUser(user.id(), user.role(), user.phone()));
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String requireToken(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "the request body is not valid",
                    List.of("refreshToken: must be the refresh token of a login"));
        }
        return refreshToken.strip();
    }

    private static ApiException invalidRefreshToken(String message) {
        return new ApiException(ErrorCode.INVALID_REFRESH_TOKEN, message);
    }

    /** Tokens of a login: the access token for requests, the refresh token for the next access token. */
    public record Session(String accessToken, String tokenType, Instant accessTokenExpiresAt,
                          String refreshToken, Instant refreshTokenExpiresAt, SessionUser user) {
    }

    public record SessionUser(String id, Role role, String phone) {
    }
}
