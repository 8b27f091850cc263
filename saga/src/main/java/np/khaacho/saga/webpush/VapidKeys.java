package np.khaacho.saga.webpush;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * The application server's key pair of Web Push (VAPID, RFC 8292): browsers subscribe with its public key,
 * and every push is signed with its private key so the push service sends only what this server asked.
 * Keys are P-256, written as the browsers' {@code applicationServerKey} is: base64url of the uncompressed
 * point (public) and of the 32-byte scalar (private).
 */
public final class VapidKeys {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_IN = Base64.getUrlDecoder();
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final ECPublicKey publicKey;
    private final ECPrivateKey privateKey;

    private VapidKeys(ECPublicKey publicKey, ECPrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** A new pair: for a start without configured keys (subscriptions then last until the next start). */
    public static VapidKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new VapidKeys((ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 keys are part of every JVM", e);
        }
    }

    /** The configured pair, checked to belong together. */
    public static VapidKeys of(String publicKey, String privateKey) {
        try {
            ECParameterSpec curve = curve();
            byte[] point = B64_IN.decode(publicKey.trim());
            if (point.length != 65 || point[0] != 4) {
                throw new IllegalStateException("the Web Push public key is not an uncompressed P-256 point (65 bytes, base64url)");
            }
            ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                    new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPublicKey pub = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(w, curve));
            byte[] scalar = B64_IN.decode(privateKey.trim());
            if (scalar.length != 32) {
                throw new IllegalStateException("the Web Push private key is not a P-256 scalar (32 bytes, base64url)");
            }
            ECPrivateKey priv = (ECPrivateKey) factory.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), curve));
            VapidKeys keys = new VapidKeys(pub, priv);
            keys.checkPair();
            return keys;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("the Web Push keys cannot be read: " + e.getMessage(), e);
        }
    }

    /** The public key as browsers take it ({@code applicationServerKey}) and push services read it ({@code k=}). */
    public String publicKey() {
        return B64.encodeToString(uncompressed(publicKey.getW()));
    }

    /** The private scalar, base64url: what an operator stores to keep subscriptions across starts. */
    public String privateKey() {
        return B64.encodeToString(fixed(privateKey.getS()));
    }

    /**
     * The {@code Authorization} header of a push to a service at the audience (the endpoint's origin):
     * {@code vapid t=<ES256 JWT>, k=<public key>}.
     */
    public String authorization(String audience, String subject, Instant now) {
        String header = B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = B64.encodeToString(("{\"aud\":\"" + json(audience) + "\",\"exp\":"
                + now.plus(TOKEN_LIFETIME).getEpochSecond() + ",\"sub\":\"" + json(subject) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String signed = header + "." + claims;
        return "vapid t=" + signed + "." + B64.encodeToString(sign(signed.getBytes(StandardCharsets.UTF_8)))
                + ", k=" + publicKey();
    }

    private byte[] sign(byte[] data) {
        try {
            // JWS wants the signature as r || s (64 bytes), not DER
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 is part of every JVM", e);
        }
    }

    private void checkPair() throws GeneralSecurityException {
        byte[] probe = "khaacho".getBytes(StandardCharsets.UTF_8);
        Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
        verify.initVerify(publicKey);
        verify.update(probe);
        if (!verify.verify(sign(probe))) {
            throw new IllegalStateException("the Web Push public and private keys are not one pair");
        }
    }

    private static ECParameterSpec curve() throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }

    private static byte[] uncompressed(ECPoint w) {
        byte[] out = new byte[65];
        out[0] = 4;
        System.arraycopy(fixed(w.getAffineX()), 0, out, 1, 32);
        System.arraycopy(fixed(w.getAffineY()), 0, out, 33, 32);
        return out;
    }

    /** A coordinate or scalar as exactly 32 big-endian bytes. */
    private static byte[] fixed(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
