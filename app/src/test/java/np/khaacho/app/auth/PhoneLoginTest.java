package np.khaacho.app.auth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import np.khaacho.app.security.TokenIssuer;
import np.khaacho.app.support.Api;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Phone login over real HTTP: the code goes out through the WhatsApp outbox, is exchanged once for
 * tokens that work on the API, refresh tokens rotate within the session's lifetime, ending a session
 * revokes its access tokens, and limits hold per phone and per client (behind trusted proxies only).
 */
class PhoneLoginTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("^(\\d{6}) ");
    private static final String UNKNOWN_PHONE = "+9779800099999";

    @Value("${khaacho.auth.per-ip.limit}")
    private int perIpLimit;
    @Value("${khaacho.auth.per-phone.limit}")
    private int perPhoneLimit;
    @Autowired
    private TokenIssuer tokens;

    /** Every test here comes from 127.0.0.1: each starts, and leaves, with fresh counters. */
    @BeforeEach
    @AfterEach
    void forgetRequestCounts() {
        jdbc.update("DELETE FROM auth.rate_limits");
    }

    @Test
    void aBuyerLogsInWithTheCodeSentOverWhatsAppAndTheTokenWorksOnTheApi() {
        var requested = anonymous().post("/v1/auth/login", Map.of("phone", "9841100201"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        assertThat(requested.body().get("success").asBoolean()).isTrue();
        assertThat(requested.data().get("codeValidForSeconds").asLong()).isEqualTo(300);

        Map<String, Object> message = jdbc.queryForMap("""
                SELECT id, recipient_id, language, body, status FROM messaging.outbox
                WHERE kind = 'LOGIN_CODE' AND phone = ? ORDER BY id DESC LIMIT 1""", BUYER_KTM_PHONE);
        assertThat(message).containsEntry("recipient_id", userId(BUYER_KTM_PHONE)).containsEntry("language", "en");
        assertThat(message.get("status")).as("queued, or already sent by the relay").isIn("PENDING", "SENT");
        // The outbox names the code by its placeholder; Twilio gets the code itself.
        assertThat((String) message.get("body")).isEqualTo(
                "[login code] is your Khaacho login code. It is valid for 5 minutes. Never share it with anyone.");
        String code = codeSentFor((Long) message.get("id"));
        // Only a keyed hash is stored.
        assertThat(jdbc.queryForObject("SELECT length(code_hash) FROM auth.otp_codes WHERE phone = ?",
                Integer.class, BUYER_KTM_PHONE)).isEqualTo(32);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM auth.otp_codes WHERE strpos(encode(code_hash, 'escape'), ?) > 0",
                Integer.class, code)).isZero();

        var verified = anonymous().post("/v1/auth/verify-otp", Map.of("phone", "+977 984-1100201", "otp", code));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        JsonNode session = verified.data();
        assertThat(session.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(session.get("user").get("id").asText()).isEqualTo(userId(BUYER_KTM_PHONE));
        assertThat(session.get("user").get("role").asText()).isEqualTo("BUYER");
        assertThat(session.get("user").get("phone").asText()).isEqualTo(BUYER_KTM_PHONE);
        assertThat(Instant.parse(session.get("accessTokenExpiresAt").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(Duration.ofSeconds(30)));
        assertThat(Instant.parse(session.get("refreshTokenExpiresAt").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(Duration.ofMinutes(1)));

        String accessToken = session.get("accessToken").asText();
        JsonNode claims = claimsOf(accessToken);
        assertThat(claims.get("sub").asText()).isEqualTo(userId(BUYER_KTM_PHONE));
        assertThat(claims.get("role").asText()).isEqualTo("BUYER");
        assertThat(claims.get("phone").asText()).isEqualTo(BUYER_KTM_PHONE);
        assertThat(claims.get("channel").asText()).isEqualTo("PORTAL");
        assertThat(claims.get("jti").asText()).isNotBlank();
        String refreshTokenOfLogin = session.get("refreshToken").asText();
        assertThat(claims.get("sid").asText()).as("the session: the refresh token's family").isEqualTo(
                jdbc.queryForObject("SELECT family_id::text FROM auth.refresh_tokens WHERE token_hash = "
                        + "sha256(convert_to(?, 'UTF8'))", String.class, refreshTokenOfLogin));
        assertThat(claims.get("exp").asLong())
                .isEqualTo(Instant.parse(session.get("accessTokenExpiresAt").asText()).getEpochSecond());

        var orders = new Api(port, json, accessToken).get("/v1/orders");
        assertThat(orders.status()).as(orders.toString()).isEqualTo(200);
        // A buyer's token is a buyer's: admin pages stay closed.
        var adminPage = new Api(port, json, accessToken).get("/v1/admin/dead-letters");
        assertThat(adminPage.status()).isEqualTo(403);
        assertThat(adminPage.errorCode()).isEqualTo("FORBIDDEN");

        String refreshToken = session.get("refreshToken").asText();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM auth.refresh_tokens
                WHERE token_hash = sha256(convert_to(?, 'UTF8')) AND user_id = ? AND revoked_at IS NULL""",
                Integer.class, refreshToken, userId(BUYER_KTM_PHONE))).isEqualTo(1);
    }

    @Test
    void aVendorsTokenCarriesTheVendorRole() {
        String code = requestCode(VENDOR_LTP_PHONE);
        var verified = verify(VENDOR_LTP_PHONE, code);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        String accessToken = verified.data().get("accessToken").asText();
        assertThat(claimsOf(accessToken).get("role").asText()).isEqualTo("VENDOR");
        assertThat(verified.data().get("user").get("role").asText()).isEqualTo("VENDOR");
        assertThat(new Api(port, json, accessToken).get("/v1/orders").status()).isEqualTo(200);
    }

    @Test
    void aWrongCodeIsRefusedAndCountedAndTheRightOneStillWorks() {
        String code = requestCode(BUYER_POKHARA_COD_PHONE);

        var wrong = verify(BUYER_POKHARA_COD_PHONE, otherThan(code));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorCode()).isEqualTo("INVALID_OTP");
        assertThat(wrong.body().get("error").get("details").get(0).asText()).isEqualTo("attemptsLeft: 4");
        assertThat(attempts(BUYER_POKHARA_COD_PHONE)).isEqualTo(1);

        assertThat(verify(BUYER_POKHARA_COD_PHONE, code).status()).isEqualTo(200);
    }

    @Test
    void afterFiveWrongTriesEvenTheRightCodeIsRefused() {
        String code = requestCode(VENDOR_KTM_PHONE);
        for (int i = 1; i <= 5; i++) {
            var wrong = verify(VENDOR_KTM_PHONE, otherThan(code));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.errorCode()).isEqualTo("INVALID_OTP");
        }
        var right = verify(VENDOR_KTM_PHONE, code);
        assertThat(right.status()).isEqualTo(401);
        assertThat(right.errorCode()).isEqualTo("OTP_ATTEMPTS_EXHAUSTED");
        assertThat(attempts(VENDOR_KTM_PHONE)).isEqualTo(5);

        // A new code starts over.
        String fresh = requestCode(VENDOR_KTM_PHONE);
        assertThat(verify(VENDOR_KTM_PHONE, fresh).status()).isEqualTo(200);
    }

    @Test
    void anExpiredCodeIsRefused() {
        String code = requestCode(BUYER_KTM_PHONE);
        jdbc.update("UPDATE auth.otp_codes SET expires_at = now() - interval '1 second' WHERE phone = ?",
                BUYER_KTM_PHONE);

        var expired = verify(BUYER_KTM_PHONE, code);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("OTP_EXPIRED");
    }

    @Test
    void aCodeWorksOnce() {
        String code = requestCode(ADMIN_PHONE);
        var first = verify(ADMIN_PHONE, code);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.data().get("user").get("role").asText()).isEqualTo("ADMIN");

        var again = verify(ADMIN_PHONE, code);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.errorCode()).isEqualTo("INVALID_OTP");
    }

    @Test
    void aNewCodeReplacesTheUnusedOne() {
        String first = requestCode(AUDITOR_PHONE);
        String second = requestCode(AUDITOR_PHONE);
        assumeThat(second).as("two random codes happened to be equal").isNotEqualTo(first);

        assertThat(verify(AUDITOR_PHONE, first).errorCode()).isEqualTo("INVALID_OTP");
        var verified = verify(AUDITOR_PHONE, second);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.data().get("user").get("role").asText()).isEqualTo("AUDITOR");
    }

    @Test
    void aRefreshTokenIsReplacedOnUseAndItsReuseEndsTheSession() {
        JsonNode session = logIn(BUYER_KTM_PHONE);
        String first = session.get("refreshToken").asText();

        var refreshed = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", first));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        String second = refreshed.data().get("refreshToken").asText();
        String accessToken = refreshed.data().get("accessToken").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(accessToken).isNotEqualTo(session.get("accessToken").asText());
        assertThat(refreshed.data().get("user").get("id").asText()).isEqualTo(userId(BUYER_KTM_PHONE));
        assertThat(new Api(port, json, accessToken).get("/v1/orders").status()).isEqualTo(200);

        // At once, it is another tab that had not seen the newer token: told so, the session lives on.
        var tooSoon = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", first));
        assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(409);
        assertThat(tooSoon.errorCode()).isEqualTo("REFRESH_TOKEN_REPLACED");
        assertThat(new Api(port, json, accessToken).get("/v1/orders").status()).isEqualTo(200);

        // Past the grace, a reuse means a copy was kept.
        replacedAMinuteAgo(first);
        var reused = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", first));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.errorCode()).isEqualTo("INVALID_REFRESH_TOKEN");
        // The reuse revoked the family: the newer token is dead too.
        var afterTheft = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", second));
        assertThat(afterTheft.status()).isEqualTo(401);
        assertThat(afterTheft.errorCode()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        String refreshToken = logIn(BUYER_POKHARA_COD_PHONE).get("refreshToken").asText();
        jdbc.update("UPDATE auth.refresh_tokens SET expires_at = now() - interval '1 second' "
                + "WHERE token_hash = sha256(convert_to(?, 'UTF8'))", refreshToken);

        var refused = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", refreshToken));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void afterLogoutTheRefreshTokenIsRefusedAndLoggingOutAgainIsHarmless() {
        String refreshToken = logIn(VENDOR_PKR_PHONE).get("refreshToken").asText();

        var loggedOut = anonymous().post("/v1/auth/logout", Map.of("refreshToken", refreshToken));
        assertThat(loggedOut.status()).as(loggedOut.toString()).isEqualTo(200);
        assertThat(anonymous().post("/v1/auth/logout", Map.of("refreshToken", refreshToken)).status()).isEqualTo(200);
        assertThat(anonymous().post("/v1/auth/logout", Map.of("refreshToken", "never-issued")).status()).isEqualTo(200);

        var refused = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", refreshToken));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void aRefreshedTokenNeverOutlivesItsSessionAndAfterItsEndTheRefreshIsRefused() {
        JsonNode session = logIn(BUYER_POKHARA_COD_PHONE);
        String refreshToken = session.get("refreshToken").asText();
        // The login was 30 days less ten minutes ago: whatever a refresh gives ends with the session.
        moveSessionStart(refreshToken, "interval '30 days' - interval '10 minutes'");

        var refreshed = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", refreshToken));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        Instant sessionEnd = Instant.now().plus(Duration.ofMinutes(10));
        assertThat(Instant.parse(refreshed.data().get("accessTokenExpiresAt").asText()))
                .isCloseTo(sessionEnd, within(Duration.ofSeconds(30)));
        assertThat(Instant.parse(refreshed.data().get("refreshTokenExpiresAt").asText()))
                .isCloseTo(sessionEnd, within(Duration.ofSeconds(30)));
        String accessToken = refreshed.data().get("accessToken").asText();
        assertThat(new Api(port, json, accessToken).get("/v1/orders").status()).isEqualTo(200);

        // Now the session is over: the newest refresh token is refused, and the session's access token with it.
        String newest = refreshed.data().get("refreshToken").asText();
        moveSessionStart(newest, "interval '30 days' + interval '1 second'");
        var refused = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", newest));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(refused.body().get("error").get("message").asText()).contains("30 days").contains("log in again");
        assertThat(new Api(port, json, accessToken).get("/v1/orders").status()).isEqualTo(401);
    }

    @Test
    void afterLogoutEveryAccessTokenOfTheSessionIsRefusedOnTheVeryNextRequest() {
        JsonNode login = logIn(VENDOR_LTP_PHONE);
        var refreshed = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", login.get("refreshToken").asText()));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        Api older = new Api(port, json, login.get("accessToken").asText());
        Api current = new Api(port, json, refreshed.data().get("accessToken").asText());
        // Both tokens are known to the decoder now (their signatures checked and remembered).
        assertThat(older.get("/v1/orders").status()).isEqualTo(200);
        assertThat(current.get("/v1/orders").status()).isEqualTo(200);

        var loggedOut = anonymous().post("/v1/auth/logout",
                Map.of("refreshToken", refreshed.data().get("refreshToken").asText()));
        assertThat(loggedOut.status()).as(loggedOut.toString()).isEqualTo(200);

        var refused = current.get("/v1/orders");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(older.get("/v1/orders").status()).isEqualTo(401);
        // Kept until they would have expired anyway, then the cleanup forgets them.
        String currentId = claimsOf(refreshed.data().get("accessToken").asText()).get("jti").asText();
        assertThat(jdbc.queryForObject("""
                SELECT extract(epoch FROM expires_at)::bigint FROM auth.revoked_access_tokens WHERE token_id = ?""",
                Long.class, currentId)).isEqualTo(Instant.parse(refreshed.data().get("accessTokenExpiresAt").asText())
                .getEpochSecond());
    }

    @Test
    void logoutRevokesTheBearerTokenItCameWithAndNeedsNoValidOne() {
        String elsewhere = tokens.issue(userId(BUYER_KTM_PHONE), Role.BUYER, BUYER_KTM_PHONE, Channel.API);
        Api withIt = new Api(port, json, elsewhere);
        assertThat(withIt.get("/v1/orders").status()).isEqualTo(200);
        String refreshToken = logIn(BUYER_KTM_PHONE).get("refreshToken").asText();

        var loggedOut = withIt.post("/v1/auth/logout", Map.of("refreshToken", refreshToken));
        assertThat(loggedOut.status()).as(loggedOut.toString()).isEqualTo(200);
        assertThat(withIt.get("/v1/orders").status()).isEqualTo(401);

        // A bearer token that is revoked, expired or no token at all does not stand in the way of logging out,
        // nor of a refresh.
        String another = logIn(BUYER_KTM_PHONE).get("refreshToken").asText();
        var refreshed = withIt.post("/v1/auth/refresh", Map.of("refreshToken", another));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        var again = new Api(port, json, "not.a.token").post("/v1/auth/logout",
                Map.of("refreshToken", refreshed.data().get("refreshToken").asText()));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheSessionsAccessTokensToo() {
        String first = logIn(AUDITOR_PHONE).get("refreshToken").asText();
        var refreshed = anonymous().post("/v1/auth/refresh", Map.of("refreshToken", first));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        Api current = new Api(port, json, refreshed.data().get("accessToken").asText());
        assertThat(current.get("/v1/admin/outbound").status()).as("an auditor is not an admin").isEqualTo(403);

        replacedAMinuteAgo(first);
        assertThat(anonymous().post("/v1/auth/refresh", Map.of("refreshToken", first)).status()).isEqualTo(401);

        assertThat(current.get("/v1/admin/outbound").status()).isEqualTo(401);
    }

    @Test
    void aRevocationWrittenByAnotherInstanceIsHeardWithinTheCacheTime() {
        JsonNode session = logIn(VENDOR_PKR_PHONE);
        Api api = new Api(port, json, session.get("accessToken").asText());
        assertThat(api.get("/v1/orders").status()).isEqualTo(200);

        // What another instance's logout writes: this instance learns of it when it next reads the list.
        jdbc.update("INSERT INTO auth.revoked_access_tokens (token_id, expires_at, revoked_at) VALUES (?, ?, now())",
                claimsOf(session.get("accessToken").asText()).get("jti").asText(),
                Timestamp.from(Instant.parse(session.get("accessTokenExpiresAt").asText())));

        Eventually.waitUntil("the revocation heard", Duration.ofSeconds(20), () -> api.get("/v1/orders").status() == 401);
    }

    @Test
    void aPhoneWithTooManyWrongCodesInADayWaitsEvenWithTheRightCode() throws Exception {
        String phone = "+9779851100204";
        for (int code = 0; code < 2; code++) {
            String sent = requestCode(phone);
            for (int i = 0; i < 5; i++) {
                assertThat(verify(phone, otherThan(sent)).errorCode()).isEqualTo("INVALID_OTP");
            }
        }
        String right = requestCode(phone);

        HttpResponse<String> refused = rawPost("/v1/auth/verify-otp",
                "{\"phone\":\"" + phone + "\",\"otp\":\"" + right + "\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        JsonNode error = json.readTree(refused.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("RATE_LIMITED");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(Duration.ofHours(23).toSeconds(), Duration.ofDays(1).toSeconds());
        assertThat(error.get("message").asText()).contains("too many wrong login codes").contains("try again in 2")
                .contains("hours");
        assertThat(attempts(phone)).as("the code itself was not tried").isZero();

        // Another phone is not held back; and once the day is over, the right code works.
        assertThat(verify(BUYER_KTM_PHONE, "000000").errorCode()).isIn("INVALID_OTP", "OTP_EXPIRED", "OTP_ATTEMPTS_EXHAUSTED");
        jdbc.update("UPDATE auth.rate_limits SET window_started_at = now() - interval '1 day' WHERE bucket = ?",
                "failed-verifications:" + phone);
        assertThat(verify(phone, right).status()).isEqualTo(200);
    }

    @Test
    void behindATrustedProxyTheForwardedClientCountsAndIPv6ByItsSlash64() throws Exception {
        String proxy = "127.0.0.2";
        assertThat(postFrom(proxy, "198.51.100.7, 2001:db8:77:1::a", "+9779800040001")).isEqualTo(200);
        assertThat(postFrom(proxy, "2001:db8:77:1:ffff:ffff:ffff:ffff", "+9779800040002")).isEqualTo(200);
        assertThat(hits("ip:2001:db8:77:1::/64")).isEqualTo(2);
        // A client that writes the header itself is not believed: it is counted as itself.
        var direct = anonymous().withHeader("X-Forwarded-For", "2001:db8:77:1::c")
                .post("/v1/auth/login", Map.of("phone", "+9779800040003"));
        assertThat(direct.status()).isEqualTo(200);
        assertThat(hits("ip:127.0.0.1")).isEqualTo(1);
        assertThat(hits("ip:2001:db8:77:1::/64")).isEqualTo(2);

        // The /64 runs out of requests, whichever of its addresses asks; its neighbour does not.
        for (int i = 2; i < perIpLimit; i++) {
            assertThat(postFrom(proxy, "2001:db8:77:1::" + Integer.toHexString(i), "+97798000410" + String.format("%02d", i)))
                    .isEqualTo(200);
        }
        assertThat(postFrom(proxy, "2001:db8:77:1:abcd::1", "+9779800042001")).isEqualTo(429);
        assertThat(postFrom(proxy, "2001:db8:77:2::1", "+9779800042002")).isEqualTo(200);
    }

    @Test
    void aPhoneGetsOnlyAFewCodesInTheWindow() throws Exception {
        String phone = "+9779841100203";
        int before = loginMessagesTo(phone);
        for (int i = 0; i < perPhoneLimit; i++) {
            assertThat(anonymous().post("/v1/auth/login", Map.of("phone", phone)).status()).isEqualTo(200);
        }

        HttpResponse<String> refused = rawLogin(phone);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json.readTree(refused.body()).get("error").get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, Duration.ofMinutes(10).toSeconds());
        assertThat(loginMessagesTo(phone)).isEqualTo(before + perPhoneLimit);

        // Another phone from the same address is not held back.
        assertThat(anonymous().post("/v1/auth/login", Map.of("phone", "+9779851100204")).status()).isEqualTo(200);
    }

    @Test
    void oneAddressMakesOnlySoManyLoginAndVerifyRequestsInTheWindow() {
        for (int i = 0; i < perIpLimit; i++) {
            String phone = String.format("+97798000200%02d", i);
            var answer = i % 2 == 0
                    ? anonymous().post("/v1/auth/login", Map.of("phone", phone))
                    : anonymous().post("/v1/auth/verify-otp", Map.of("phone", phone, "otp", "123456"));
            assertThat(answer.status()).as(answer.toString()).isIn(200, 401);
        }

        var login = anonymous().post("/v1/auth/login", Map.of("phone", "+9779800020099"));
        assertThat(login.status()).isEqualTo(429);
        assertThat(login.errorCode()).isEqualTo("RATE_LIMITED");
        var verify = anonymous().post("/v1/auth/verify-otp", Map.of("phone", BUYER_KTM_PHONE, "otp", "123456"));
        assertThat(verify.status()).isEqualTo(429);
        assertThat(verify.errorCode()).isEqualTo("RATE_LIMITED");
    }

    @Test
    void anUnknownPhoneIsAnsweredLikeAKnownOneButNothingIsSent() {
        var unknown = anonymous().post("/v1/auth/login", Map.of("phone", UNKNOWN_PHONE));
        var known = anonymous().post("/v1/auth/login", Map.of("phone", "+9779861100205"));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.data()).isEqualTo(known.data());
        assertThat(unknown.body().get("message")).isEqualTo(known.body().get("message"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE phone = ?", Integer.class,
                UNKNOWN_PHONE)).isZero();

        // Verifying answers alike too: wrong tries count, and no code logs anyone in.
        var wrong = verify(UNKNOWN_PHONE, "000000");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorCode()).isEqualTo("INVALID_OTP");
        assertThat(wrong.body().get("error").get("details").get(0).asText()).isEqualTo("attemptsLeft: 4");
        assertThat(jdbc.queryForObject("SELECT user_id IS NULL FROM auth.otp_codes WHERE phone = ?", Boolean.class,
                UNKNOWN_PHONE)).isTrue();
    }

    @Test
    void theCodeIsWrittenInTheUsersLanguage() {
        String phone = "+9779841100206";
        String userId = userId(phone);
        Eventually.waitUntil("the buyer's contact for messages", () -> jdbc.update(
                "UPDATE messaging.contacts SET language = 'ne' WHERE user_id = ?", userId) == 1);
        try {
            String code = requestCode(phone);
            Map<String, Object> message = jdbc.queryForMap("""
                    SELECT language, body, provider_sid FROM messaging.outbox
                    WHERE kind = 'LOGIN_CODE' AND phone = ? ORDER BY id DESC LIMIT 1""", phone);
            assertThat(message).containsEntry("language", "ne");
            assertThat((String) message.get("body")).startsWith("[login code] तपाईंको खाचो लगइन कोड हो।")
                    .contains("५ मिनेट");
            assertThat(sentText((String) message.get("provider_sid"))).startsWith(code + " तपाईंको खाचो लगइन कोड हो।");
        } finally {
            jdbc.update("UPDATE messaging.contacts SET language = 'en' WHERE user_id = ?", userId);
        }
    }

    @Test
    void malformedRequestsAreRefusedWithAnErrorBody() {
        Api anyone = anonymous();
        for (Object body : new Object[]{Map.of(), Map.of("phone", "12345"), Map.of("phone", "+977 1 4412345"),
                Map.of("phone", "+9779841100201x"), Map.of("phone", "")}) {
            var refused = anyone.post("/v1/auth/login", body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
        var notJson = anyone.sendRaw("POST", "/v1/auth/login", "application/json", "{\"phone\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.errorCode()).isEqualTo("MALFORMED_REQUEST");
        var noBody = anyone.sendRaw("POST", "/v1/auth/verify-otp", "application/json", "");
        assertThat(noBody.status()).isEqualTo(400);

        for (Object body : new Object[]{Map.of("phone", BUYER_KTM_PHONE), Map.of("phone", BUYER_KTM_PHONE, "otp", "12ab56"),
                Map.of("phone", BUYER_KTM_PHONE, "otp", "1234567"), Map.of("otp", "123456")}) {
            var refused = anyone.post("/v1/auth/verify-otp", body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
        for (String path : new String[]{"/v1/auth/refresh", "/v1/auth/logout"}) {
            var refused = anyone.post(path, Map.of());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
        }
        assertThat(anyone.sendRaw("POST", "/v1/auth/refresh", "text/plain", "token").status()).isEqualTo(415);
    }

    private JsonNode logIn(String phone) {
        var verified = verify(phone, requestCode(phone));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return verified.data();
    }

    /** Asks for a code and reads it where the phone would: in the WhatsApp message Twilio was asked to send. */
    private String requestCode(String phone) {
        int before = loginMessagesTo(phone);
        var requested = anonymous().post("/v1/auth/login", Map.of("phone", phone));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        assertThat(loginMessagesTo(phone)).isEqualTo(before + 1);
        return codeSentFor(jdbc.queryForObject("""
                SELECT id FROM messaging.outbox WHERE kind = 'LOGIN_CODE' AND phone = ?
                ORDER BY id DESC LIMIT 1""", Long.class, phone));
    }

    /** The code in the outbox message as Twilio received it, once the relay has sent it. */
    private String codeSentFor(long messageId) {
        Eventually.waitUntil("login-code message " + messageId + " sent", () -> "SENT".equals(
                jdbc.queryForObject("SELECT status FROM messaging.outbox WHERE id = ?", String.class, messageId)));
        return codeIn(sentText(jdbc.queryForObject("SELECT provider_sid FROM messaging.outbox WHERE id = ?",
                String.class, messageId)));
    }

    /** The text Twilio was asked to send as the message it answered with this SID: the body, or the template's text. */
    private String sentText(String providerSid) {
        TwilioStub.MessageRequest request = TWILIO.requests().stream()
                .filter(r -> providerSid.equals(r.answeredSid())).findFirst().orElseThrow();
        try {
            return request.body() != null ? request.body()
                    : json.readTree(request.contentVariables()).get("1").asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Api.Reply verify(String phone, String code) {
        return anonymous().post("/v1/auth/verify-otp", Map.of("phone", phone, "otp", code));
    }

    private int loginMessagesTo(String phone) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM messaging.outbox WHERE kind = 'LOGIN_CODE' AND phone = ?",
                Integer.class, phone);
        return count == null ? 0 : count;
    }

    private int attempts(String phone) {
        Integer attempts = jdbc.queryForObject("SELECT attempts FROM auth.otp_codes WHERE phone = ?", Integer.class, phone);
        return attempts == null ? 0 : attempts;
    }

    private static String codeIn(String body) {
        Matcher matcher = CODE.matcher(body);
        assertThat(matcher.find()).as("a code at the start of: " + body).isTrue();
        return matcher.group(1);
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private JsonNode claimsOf(String token) {
        try {
            return json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Moves a refresh token's replacement back past the grace in which a reuse is taken for another tab. */
    private void replacedAMinuteAgo(String refreshToken) {
        jdbc.update("UPDATE auth.refresh_tokens SET revoked_at = revoked_at - interval '1 minute' "
                + "WHERE token_hash = sha256(convert_to(?, 'UTF8'))", refreshToken);
    }

    private void moveSessionStart(String refreshToken, String ago) {
        jdbc.update("UPDATE auth.refresh_tokens SET session_started_at = now() - (" + ago + ") WHERE family_id = "
                + "(SELECT family_id FROM auth.refresh_tokens WHERE token_hash = sha256(convert_to(?, 'UTF8')))",
                refreshToken);
    }

    private int hits(String bucket) {
        return jdbc.query("SELECT hits FROM auth.rate_limits WHERE bucket = ?", (rs, row) -> rs.getInt(1), bucket)
                .stream().findFirst().orElse(0);
    }

    /** A login request over a connection from {@code localAddress} (a proxy, say) with this X-Forwarded-For. */
    private int postFrom(String localAddress, String forwardedFor, String phone) throws IOException {
        byte[] body = ("{\"phone\":\"" + phone + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(localAddress), 0)) {
            String head = "POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/json\r\nAccept: application/json\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private HttpResponse<String> rawPost(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> rawLogin(String phone) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/auth/login"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + phone + "\"}", StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
