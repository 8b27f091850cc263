package np.khaacho.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * tokens that work on the API, refresh tokens rotate, and limits hold per phone and per address.
 */
class PhoneLoginTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("^(\\d{6}) ");
    private static final String UNKNOWN_PHONE = "+9779800099999";

    @Value("${khaacho.auth.per-ip.limit}")
    private int perIpLimit;
    @Value("${khaacho.auth.per-phone.limit}")
    private int perPhoneLimit;

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
                SELECT recipient_id, language, body, status FROM messaging.outbox
                WHERE kind = 'LOGIN_CODE' AND phone = ? ORDER BY id DESC LIMIT 1""", BUYER_KTM_PHONE);
        assertThat(message).containsEntry("recipient_id", userId(BUYER_KTM_PHONE)).containsEntry("language", "en");
        assertThat(message.get("status")).as("queued, or already sent by the relay").isIn("PENDING", "SENT");
        assertThat((String) message.get("body")).matches("\\d{6} is your Khaacho login code\\. .*5 minutes.*");
        String code = codeIn((String) message.get("body"));
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
                .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));
        assertThat(Instant.parse(session.get("refreshTokenExpiresAt").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(Duration.ofMinutes(1)));

        String accessToken = session.get("accessToken").asText();
        JsonNode claims = claimsOf(accessToken);
        assertThat(claims.get("sub").asText()).isEqualTo(userId(BUYER_KTM_PHONE));
        assertThat(claims.get("role").asText()).isEqualTo("BUYER");
        assertThat(claims.get("phone").asText()).isEqualTo(BUYER_KTM_PHONE);
        assertThat(claims.get("channel").asText()).isEqualTo("PORTAL");
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
                    SELECT language, body FROM messaging.outbox
                    WHERE kind = 'LOGIN_CODE' AND phone = ? ORDER BY id DESC LIMIT 1""", phone);
            assertThat(message).containsEntry("language", "ne");
            assertThat((String) message.get("body")).startsWith(code + " तपाईंको खाचो लगइन कोड हो।").contains("५ मिनेट");
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

    /** Asks for a code and reads it from the WhatsApp message queued for the phone. */
    private String requestCode(String phone) {
        int before = loginMessagesTo(phone);
        var requested = anonymous().post("/v1/auth/login", Map.of("phone", phone));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        assertThat(loginMessagesTo(phone)).isEqualTo(before + 1);
        return codeIn(jdbc.queryForObject("""
                SELECT body FROM messaging.outbox WHERE kind = 'LOGIN_CODE' AND phone = ?
                ORDER BY id DESC LIMIT 1""", String.class, phone));
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

    private HttpResponse<String> rawLogin(String phone) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/auth/login"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + phone + "\"}", StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
