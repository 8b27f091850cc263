package np.khaacho.app.auth;

import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.whatsapp.MessagePurpose;
import np.khaacho.kernel.whatsapp.SealedLoginCode;
import np.khaacho.kernel.whatsapp.SendWhatsAppMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Logging in with a phone: a one-time code over WhatsApp, exchanged for a session ({@link Sessions}).
 * A phone no user has is answered exactly like a known one (a stand-in code is stored but never
 * sent), so the endpoints tell nobody who has an account.
 */
public class PhoneLogin {

    private static final Logger log = LoggerFactory.getLogger(PhoneLogin.class);

    private final AuthProperties properties;
    private final Secrets secrets;
    private final LoginCodeSeal seal;
    private final LoginCodes codes;
    private final RateLimits limits;
    private final UserDirectory users;
    private final Sessions sessions;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PhoneLogin(AuthProperties properties, Secrets secrets, LoginCodeSeal seal, LoginCodes codes, RateLimits limits,
               UserDirectory users, Sessions sessions, CommandGateway commands, JdbcTemplate jdbc,
               TransactionTemplate transaction) {
        this.properties = properties;
        this.secrets = secrets;
        this.seal = seal;
        this.codes = codes;
        this.limits = limits;
        this.users = users;
        this.sessions = sessions;
        this.commands = commands;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Sends a new login code to the phone's user, if it has one; the answer is the same either way.
     * {@code clientBucket} is the key the client's requests are counted under (its address, or /64).
     */
    public void requestCode(String typedPhone, String clientBucket) {
        limits.hit("ip:" + clientBucket, properties.perIp());
        String phone = normalise(typedPhone);
        limits.hit("phone:" + phone, properties.perPhone());
        Optional<UserDirectory.User> user = users.byPhone(phone);
        String code = Secrets.newCode();
        UUID codeId = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            Instant expiresAt = codes.replace(phone, codeId, user.map(UserDirectory.User::id).orElse(null),
                    secrets.codeHash(codeId, phone, code), properties.codeTtl());
            // Queued in this transaction (the outbox handler joins it): no code is stored unsent, none sent unstored.
            user.ifPresent(u -> send(u, codeId, code, expiresAt));
        });
    }

    /**
     * Exchanges the phone's code for a session; every wrong try counts, and the code works once. A
     * phone with too many failed tries in the day is refused even the right code until the day is over.
     */
    public Sessions.Session verify(String typedPhone, String typedCode, String clientBucket) {
        limits.hit("ip:" + clientBucket, properties.perIp());
        String phone = normalise(typedPhone);
        String code = typedCode == null ? "" : typedCode.strip();
        if (!code.matches("\\d{6}")) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "the request body is not valid",
                    List.of("otp: must be the 6 digits of the login code"));
        }
        // Wrong tries must be counted even though the request fails: the outcome is decided inside the
        // transaction, the refusal thrown after it committed.
        Verification outcome = transaction.execute(status -> check(phone, code));
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.session();
    }

    private static String failedKey(String phone) {
        return "failed-verifications:" + phone;
    }

    /** Decides a try, with the phone's code locked: tries of one phone are decided one after the other. */
    private Verification check(String phone, String code) {
        var stored = codes.lock(phone).orElse(null);
        var capped = limits.exhausted(failedKey(phone), properties.failedVerificationsPerPhone());
        if (capped.isPresent()) {
            return Verification.refused(new RateLimitedException(
                    "too many wrong login codes for this phone; it cannot sign in for now", capped.getAsLong()));
        }
        Verification checked = checkCode(phone, code, stored);
        if (checked.refusal() != null) {
            limits.count(failedKey(phone), properties.failedVerificationsPerPhone());
        }
        return checked;
    }

    private Verification checkCode(String phone, String code, LoginCodes.StoredCode stored) {
        if (stored == null || stored.consumed()) {
            return Verification.refused(new ApiException(ErrorCode.INVALID_OTP,
                    "the code is wrong or no longer valid; ask for a new one"));
        }
        if (stored.attempts() >= properties.maxAttempts()) {
            return Verification.refused(new ApiException(ErrorCode.OTP_ATTEMPTS_EXHAUSTED,
                    "too many wrong tries: this code no longer works; ask for a new one"));
        }
        if (stored.expired()) {
            return Verification.refused(new ApiException(ErrorCode.OTP_EXPIRED,
                    "the code has expired; ask for a new one"));
        }
        boolean right = secrets.codeMatches(stored.codeHash(), stored.codeId(), phone, code);
        var user = right && stored.userId() != null ? users.byId(stored.userId()).orElse(null) : null;
        if (user == null) {
            int left = Math.max(0, properties.maxAttempts() - codes.countWrongAttempt(phone));
            return Verification.refused(new ApiException(ErrorCode.INVALID_OTP, left == 0
                    ? "the code is wrong, and that was the last try; ask for a new one"
                    : "the code is wrong; " + left + (left == 1 ? " try" : " tries") + " left",
                    List.of("attemptsLeft: " + left)));
        }
        codes.consume(phone);
        return Verification.accepted(sessions.start(user));
    }

    /** The message names the code by its placeholder; the code itself travels and waits sealed. */
    private void send(UserDirectory.User user, UUID codeId, String code, Instant expiresAt) {
        String language = LoginCodeMessage.language(preferredLanguage(user.id()));
        String dedupKey = "login-code:" + codeId;
        var message = new SendWhatsAppMessage(dedupKey, user.id(), user.phone(), language, MessagePurpose.LOGIN_CODE,
                LoginCodeMessage.body(language, SealedLoginCode.PLACEHOLDER, properties.codeTtl()),
                new SealedLoginCode(seal.seal(code, user.phone(), dedupKey), expiresAt));
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(message)
                    .andMetaData(Actor.system(Sessions.CHANNEL).metadata()));
        } catch (RuntimeException e) {
            log.warn("the login code for user {} could not be queued", user.id(), e);
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "the login code could not be sent; try again shortly");
        }
    }

    /** The language the user's WhatsApp messages are written in, where the messaging side knows it. */
    private String preferredLanguage(String userId) {
        return jdbc.query("SELECT language FROM messaging.contacts WHERE user_id = ?",
                (rs, row) -> rs.getString(1), userId).stream().findFirst().orElse("en");
    }

    private static String normalise(String typedPhone) {
        return PhoneNumbers.normalise(typedPhone).orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_ERROR,
                "the request body is not valid",
                List.of("phone: must be a Nepali mobile number, such as 98XXXXXXXX or +97798XXXXXXXX")));
    }

}
