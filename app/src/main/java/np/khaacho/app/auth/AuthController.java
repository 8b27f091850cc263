package np.khaacho.app.auth;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import np.khaacho.app.security.RevokedTokens;
import np.khaacho.app.web.ClientAddress;
import np.khaacho.kernel.api.ApiError;
import np.khaacho.kernel.api.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * Phone login, open to everyone: ask for a code, exchange it for tokens, refresh them, log out.
 * Requests are counted per client address ({@link ClientAddress}: trusted proxies' X-Forwarded-For
 * only, IPv6 by /64).
 */
@RestController
@RequestMapping("/v1/auth")
@Tag(name = "Login")
class AuthController {

    private final PhoneLogin login;
    private final Sessions sessions;
    private final AuthProperties properties;
    private final ClientAddress clients;
    private final JwtDecoder decoder;

    AuthController(PhoneLogin login, Sessions sessions, AuthProperties properties, ClientAddress clients,
                   JwtDecoder decoder) {
        this.login = login;
        this.sessions = sessions;
        this.properties = properties;
        this.clients = clients;
        this.decoder = decoder;
    }

    @PostMapping("/login")
    ApiResponse<CodeRequested> login(@RequestBody LoginRequest request, HttpServletRequest http) {
        login.requestCode(request.phone(), clients.bucket(http));
        return ApiResponse.ok(new CodeRequested(properties.codeTtl().toSeconds()),
                "if this phone has an account, a login code is on its way over WhatsApp");
    }

    @PostMapping("/verify-otp")
    ApiResponse<Sessions.Session> verify(@RequestBody VerifyRequest request, HttpServletRequest http) {
        return ApiResponse.ok(login.verify(request.phone(), request.otp(), clients.bucket(http)));
    }

    @PostMapping("/refresh")
    ApiResponse<Sessions.Session> refresh(@RequestBody RefreshRequest request) {
        return ApiResponse.ok(sessions.refresh(request.refreshToken()));
    }

    /**
     * Ends the refresh token's session, with its access tokens; a bearer token sent along is revoked
     * too (one that is expired, revoked already or not ours has nothing left to revoke).
     */
    @PostMapping("/logout")
    ApiResponse<Void> logout(@RequestBody RefreshRequest request,
                             @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        sessions.logout(request.refreshToken(), bearer(authorization));
        return ApiResponse.ok(null, "logged out");
    }

    private Optional<RevokedTokens.AccessToken> bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        try {
            Jwt jwt = decoder.decode(authorization.substring(7).strip());
            return jwt.getId() == null || jwt.getExpiresAt() == null ? Optional.empty()
                    : Optional.of(new RevokedTokens.AccessToken(jwt.getId(), jwt.getExpiresAt()));
        } catch (JwtException e) {
            return Optional.empty();
        }
    }

    /** A refusal for too many requests says when to come back. */
    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ApiError> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(e.code().httpStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(e.code(), e.getMessage(), e.details()));
    }

    record LoginRequest(String phone) {
    }

    record VerifyRequest(String phone, String otp) {
    }

    record RefreshRequest(String refreshToken) {
    }

    record CodeRequested(long codeValidForSeconds) {
    }
}
