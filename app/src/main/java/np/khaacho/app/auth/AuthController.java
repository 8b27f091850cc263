package np.khaacho.app.auth;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import np.khaacho.kernel.api.ApiError;
import np.khaacho.kernel.api.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Phone login, open to everyone: ask for a code, exchange it for tokens, refresh them, log out.
 * The client address is the connection's (behind a proxy, set {@code server.forward-headers-strategy}).
 */
@RestController
@RequestMapping("/v1/auth")
@Tag(name = "Login")
class AuthController {

    private final PhoneLogin login;
    private final AuthProperties properties;

    AuthController(PhoneLogin login, AuthProperties properties) {
        this.login = login;
        this.properties = properties;
    }

    @PostMapping("/login")
    ApiResponse<CodeRequested> login(@RequestBody LoginRequest request, HttpServletRequest http) {
        login.requestCode(request.phone(), http.getRemoteAddr());
        return ApiResponse.ok(new CodeRequested(properties.codeTtl().toSeconds()),
                "if this phone has an account, a login code is on its way over WhatsApp");
    }

    @PostMapping("/verify-otp")
    ApiResponse<PhoneLogin.Session> verify(@RequestBody VerifyRequest request, HttpServletRequest http) {
        return ApiResponse.ok(login.verify(request.phone(), request.otp(), http.getRemoteAddr()));
    }

    @PostMapping("/refresh")
    ApiResponse<PhoneLogin.Session> refresh(@RequestBody RefreshRequest request) {
        return ApiResponse.ok(login.refresh(request.refreshToken()));
    }

    @PostMapping("/logout")
    ApiResponse<Void> logout(@RequestBody RefreshRequest request) {
        login.logout(request.refreshToken());
        return ApiResponse.ok(null, "logged out");
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
