package np.khaacho.app.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * HMAC-SHA256 over the parts of a shared link, keyed for one purpose (a key derived from the same material
 * as the login codes', so every instance signs alike); base64url without padding.
 */
final class LinkSignature {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    LinkSignature(String purpose, byte[] keyMaterial) {
        this.key = new SecretKeySpec(Secrets.derive(purpose, keyMaterial), HMAC);
    }

    String sign(String... parts) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is the signature of the parts, compared in constant time. */
    boolean matches(String signature, String... parts) {
        return signature != null && MessageDigest.isEqual(sign(parts).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
