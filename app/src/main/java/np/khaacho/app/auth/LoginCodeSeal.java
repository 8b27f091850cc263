package np.khaacho.app.auth;

import np.khaacho.saga.notification.LoginCodeOpener;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals a login code for the outbox and opens it for the relay (AES-256-GCM). The key is derived from
 * the same material as the code hashes (KHAACHO_AUTH_CODE_SECRET, else the JWT signing key), so every
 * instance opens what any instance sealed, and a copy of the database reads no code. A sealed code is
 * bound to its message (phone and dedup key): copied into another row, it does not open.
 */
final class LoginCodeSeal implements LoginCodeOpener {

    private static final String PREFIX = "v1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    LoginCodeSeal(byte[] keyMaterial) {
        this.key = new SecretKeySpec(Secrets.derive("khaacho login code seal", keyMaterial), "AES");
    }

    String seal(String code, String phone, String dedupKey) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, phone, dedupKey);
            byte[] sealed = cipher.doFinal(code.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String open(String sealed, String phone, String dedupKey) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed login code");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a sealed login code");
        }
        if (bytes.length <= IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("not a sealed login code");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), phone, dedupKey);
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("sealed with another key, or for another message");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String phone, String dedupKey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD((phone + "|" + dedupKey).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
