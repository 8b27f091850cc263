package np.khaacho.app.auth;

import np.khaacho.app.security.JwtKeys;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * Random login codes and refresh tokens, and the hashes they are stored under. A six-digit code
 * has too few values for a plain hash (all million can be tried), so codes are hashed with a
 * server key (HMAC-SHA256) that is not in the database; refresh tokens carry 256 random bits and a
 * plain SHA-256 suffices.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec codeKey;

    private Secrets(byte[] keyMaterial) {
        this.codeKey = new SecretKeySpec(derive("khaacho login codes", keyMaterial), HMAC);
    }

    /** Keyed by the configured secret, or else by the JWT signing key, which every issuing instance shares. */
    static Secrets keyedBy(String configuredSecret, JwtKeys jwtKeys) {
        return new Secrets(keyMaterial(configuredSecret, jwtKeys));
    }

    /** The configured secret, or else the JWT signing key: what the code hashes and the sealed codes are keyed by. */
    static byte[] keyMaterial(String configuredSecret, JwtKeys jwtKeys) {
        if (configuredSecret != null && !configuredSecret.isBlank()) {
            if (configuredSecret.length() < 16) {
                throw new IllegalStateException("KHAACHO_AUTH_CODE_SECRET must have at least 16 characters");
            }
            return configuredSecret.getBytes(StandardCharsets.UTF_8);
        }
        return jwtKeys.signingKey().getEncoded();
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String newRefreshToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The code's hash is bound to its phone and its issue, so one hash never matches another row. */
    byte[] codeHash(UUID codeId, String phone, String code) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(codeKey);
            return mac.doFinal((codeId + "|" + phone + "|" + code).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    boolean codeMatches(byte[] storedHash, UUID codeId, String phone, String code) {
        return MessageDigest.isEqual(storedHash, codeHash(codeId, phone, code));
    }

    static byte[] refreshTokenHash(String token) {
        return sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    /** A key for one purpose, derived from the key material under a label no other purpose uses. */
    static byte[] derive(String label, byte[] keyMaterial) {
        return sha256(concat((label + "\0").getBytes(StandardCharsets.UTF_8), keyMaterial));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
