package np.khaacho.app.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Plays Twilio towards the webhook: form-encoded fields, signed the way Twilio signs them (HMAC-SHA1
 * of the public URL followed by every field name and value in name order, keyed by the auth token).
 */
public final class WhatsAppClient {

    public static final String WEBHOOK = "/v1/whatsapp/webhook";
    public static final String STATUS = "/v1/whatsapp/status";
    static final String TO = "whatsapp:+14155238886";

    private final Api api;
    private final String publicBaseUrl;
    private final String authToken;

    public WhatsAppClient(Api api, String publicBaseUrl, String authToken) {
        this.api = api;
        this.publicBaseUrl = publicBaseUrl;
        this.authToken = authToken;
    }

    public static String newMessageSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The fields of a text message from this phone. */
    public static Map<String, String> text(String sid, String phone, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("MessageSid", sid);
        fields.put("AccountSid", "AC" + HexFormat.of().formatHex(new byte[16]));
        fields.put("From", "whatsapp:" + phone);
        fields.put("To", TO);
        fields.put("Body", body);
        fields.put("NumMedia", "0");
        fields.put("ProfileName", "Test Shop");
        return fields;
    }

    public Api.Reply send(Map<String, String> fields) {
        return post(WEBHOOK, fields, signature(WEBHOOK, fields));
    }

    public Api.Reply post(String path, Map<String, String> fields, String signature) {
        Api signed = signature == null ? api : api.withHeader("X-Twilio-Signature", signature);
        return signed.sendRaw("POST", path, "application/x-www-form-urlencoded", form(fields));
    }

    public String signature(String path, Map<String, String> fields) {
        StringBuilder data = new StringBuilder(publicBaseUrl + path);
        new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
