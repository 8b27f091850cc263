package np.khaacho.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Gets signed tokens from the application's own operator command, and reads who a token names. */
final class Tokens {

    private final String jar;

    Tokens(String jar) {
        this.jar = jar;
    }

    String forPhone(String phone) {
        try {
            Process process = new ProcessBuilder("java", "-jar", jar, "token", "--phone", phone)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || token.isEmpty()) {
                throw new IllegalStateException("no token for " + phone);
            }
            return token;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String subject(String token) {
        try {
            JsonNode claims = Http.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            return claims.get("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
