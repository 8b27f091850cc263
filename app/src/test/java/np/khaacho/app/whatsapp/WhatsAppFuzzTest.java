package np.khaacho.app.whatsapp;

import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.app.support.fuzz.Caller;
import np.khaacho.app.support.fuzz.Endpoint;
import np.khaacho.app.support.fuzz.EndpointFamily;
import np.khaacho.app.support.fuzz.FuzzTest;
import np.khaacho.app.support.fuzz.Fuzzer;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static np.khaacho.app.support.fuzz.HostileInput.HOSTILE_STRINGS;

/**
 * Hostile requests to the WhatsApp endpoints and the simulator, and Twilio's webhooks with missing,
 * wrong, stale or misplaced signatures: refused with the error body, none taken in, nothing changed.
 */
class WhatsAppFuzzTest extends FuzzTest {

    @Test
    void everyWhatsAppEndpointAndForgedWebhookAnswersWithAClientErrorAndChangesNothing() throws Exception {
        fuzz(EndpointFamily.WHATSAPP, this::webhooks);
    }

    /** Twilio's webhooks with missing, wrong, stale or misplaced signatures; none may be taken in. */
    private void webhooks(Fuzzer fuzzer, Map<String, Caller> callers) throws Exception {
        Caller anonymous = callers.get("anonymous");
        for (int i = 0; i < 200; i++) {
            String path = i % 2 == 0 ? WhatsAppClient.WEBHOOK : WhatsAppClient.STATUS;
            Map<String, String> fields = WhatsAppClient.text(WhatsAppClient.newMessageSid(),
                    fuzzer.pick(List.of(BUYER_KTM_PHONE, "' OR 1=1 --", "+977", "")), fuzzer.pick(HOSTILE_STRINGS));
            if (path.equals(WhatsAppClient.STATUS)) {
                fields.put("MessageStatus", fuzzer.pick(List.of("delivered", "failed", "' OR 1=1 --")));
            }
            String valid = sign(TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL + path, fields);
            String signature = switch (i % 7) {
                case 0 -> null;
                case 1 -> "";
                case 2 -> "not-base64!!";
                case 3 -> sign("wrong-token", PUBLIC_BASE_URL + path, fields);
                case 4 -> sign(TWILIO_AUTH_TOKEN, "http://127.0.0.1:" + port + path, fields);
                case 5 -> {
                    String signed = valid;
                    fields.put("Body", fields.get("Body") + " tampered");
                    yield signed;
                }
                default -> valid.substring(0, valid.length() - 3) + (valid.charAt(valid.length() - 3) == 'A' ? 'B' : 'A')
                        + valid.substring(valid.length() - 2);
            };
            Map<String, String> headers = new LinkedHashMap<>(anonymous.headers());
            if (signature != null) {
                headers.put("X-Twilio-Signature", signature);
            }
            String form = WhatsAppClient.form(fields);
            byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
            String type = "application/x-www-form-urlencoded";
            if (i % 11 == 10) {
                type = "application/json";
                bytes = json.writeValueAsBytes(fields);
            } else if (i % 13 == 12) {
                type = "text/plain";
            }
            headers.put("Content-Type", type);
            headers.put("Accept", "application/json");
            Fuzzer.Answer answer = fuzzer.send("POST", path, headers, bytes);
            fuzzer.judge(new Endpoint("POST", path, List.of(), false),
                    "POST " + path + " signed " + (i % 7) + " as " + type, answer, false);
        }
    }

    private static String sign(String token, String url, Map<String, String> fields) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
