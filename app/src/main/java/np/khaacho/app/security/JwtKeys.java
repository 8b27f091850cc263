package np.khaacho.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The RS256 key pair that signs and checks tokens. It comes from {@code JWT_PRIVATE_KEY} /
 * {@code JWT_PUBLIC_KEY} (PEM); without them a pair is generated once and kept in a file outside
 * the repository (owner-only permissions), so tokens stay valid across restarts.
 */
public record JwtKeys(RSAPublicKey publicKey, Optional<RSAPrivateKey> privateKey) {

    public static JwtKeys load(String privatePem, String publicPem, Path keyFile) {
        try {
            if (notBlank(privatePem)) {
                RSAPrivateKey privateKey = parsePrivate(privatePem);
                RSAPublicKey publicKey = notBlank(publicPem) ? parsePublic(publicPem) : derivePublic(privateKey);
                return new JwtKeys(publicKey, Optional.of(privateKey));
            }
            if (notBlank(publicPem)) {
                return new JwtKeys(parsePublic(publicPem), Optional.empty());
            }
            RSAPrivateKey privateKey = Files.exists(keyFile) ? parsePrivate(Files.readString(keyFile))
                    : generateInto(keyFile);
            return new JwtKeys(derivePublic(privateKey), Optional.of(privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key file " + keyFile, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the JWT key is not a valid RSA key in PEM form", e);
        }
    }

    public RSAPrivateKey signingKey() {
        return privateKey.orElseThrow(() -> new IllegalStateException(
                "this instance has only JWT_PUBLIC_KEY: it checks tokens but cannot issue them"));
    }

    private static RSAPrivateKey generateInto(Path keyFile) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path dir = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "key", ".tmp");
        trySetOwnerOnly(tmp);
        Files.writeString(tmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            if (!Files.exists(keyFile)) {
                throw e;
            }
        }
        // Another instance may have won the race: the file is the truth.
        return parsePrivate(Files.readString(keyFile));
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system; the directory's permissions apply.
        }
    }

    private static RSAPrivateKey parsePrivate(String pem) throws GeneralSecurityException {
        return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
    }

    private static RSAPublicKey parsePublic(String pem) throws GeneralSecurityException {
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
    }

    private static RSAPublicKey derivePublic(RSAPrivateKey key) throws GeneralSecurityException {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("set JWT_PUBLIC_KEY too: the public key cannot be derived");
        }
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }

    private static byte[] der(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
