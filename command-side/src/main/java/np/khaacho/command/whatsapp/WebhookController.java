package np.khaacho.command.whatsapp;

import com.twilio.security.RequestValidator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.whatsapp.RecordDeliveryStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where Twilio delivers WhatsApp messages and reports on the ones sent. Both check Twilio's signature
 * against the public address ({@link WebhookSignatures}: without an auth token, production refuses
 * every call and only the demo mode takes unsigned ones). An inbound message goes to the
 * {@link InboundStore} (stored once per MessageSid) and is answered with empty TwiML at once; the
 * conversation reads it afterwards.
 */
@RestController
class WebhookController {

    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);
    private static final Pattern SID = Pattern.compile("[A-Z]{2}[0-9a-fA-F]{32}");
    private static final Pattern WHATSAPP_PHONE = Pattern.compile("whatsapp:(\\+[1-9][0-9]{6,14})");
    private static final int MAX_MEDIA = 10;
    static final int MAX_BODY = 4096;

    private final TwilioSettings twilio;
    private final WebhookSignatures signatures;
    private final InboundStore inbound;
    private final CommandGateway commands;
    private final InboundTraces traces;
    private final Counter badSignatures;
    private final Counter unsigned;

    WebhookController(TwilioSettings twilio, WebhookSignatures signatures, InboundStore inbound,
                      CommandGateway commands, MeterRegistry meters, InboundTraces traces) {
        this.traces = traces;
        this.twilio = twilio;
        this.signatures = signatures;
        this.inbound = inbound;
        this.commands = commands;
        this.badSignatures = rejected(meters, "bad_signature");
        this.unsigned = rejected(meters, "no_signature");
    }

    /** {@code khaacho.whatsapp.webhook.rejected}: webhook calls refused before they were read, by reason. */
    private static Counter rejected(MeterRegistry meters, String reason) {
        return Counter.builder("khaacho.whatsapp.webhook.rejected").tag("reason", reason)
                .description("webhook calls refused for their Twilio signature").register(meters);
    }

    @PostMapping(path = "/v1/whatsapp/webhook", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> receive(HttpServletRequest request) {
        Map<String, String> params = verified(request);
        InboundMessage message = message(params);
        MDC.put("correlationId", message.messageSid()); // the message's work, read later, carries the same
        if (!traces.stored(message, inbound::accept)) {
            log.info("WhatsApp message {} delivered again; already stored", message.messageSid());
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }

    @PostMapping(path = "/v1/whatsapp/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> status(HttpServletRequest request) {
        Map<String, String> params = verified(request);
        String sid = required(params, "MessageSid");
        if (!SID.matcher(sid).matches()) {
            throw ApiException.invalid("MessageSid is not a Twilio message SID");
        }
        String status = required(params, "MessageStatus");
        if (status.length() > 32) {
            throw ApiException.invalid("MessageStatus is too long");
        }
        String errorCode = params.get("ErrorCode");
        commands.sendAndWait(new RecordDeliveryStatus(sid, status, errorCode == null || errorCode.isBlank() ? null
                : errorCode.substring(0, Math.min(errorCode.length(), 16)), Instant.now()));
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML);
    }

    /** The form fields, once the signature is found good (or, in the demo mode without a token, not asked for). */
    private Map<String, String> verified(HttpServletRequest request) {
        if (signatures.policy() == WebhookSignatures.Policy.REFUSE_ALL) {
            throw new ApiException(ErrorCode.FORBIDDEN,
                    "this server has no Twilio auth token to check signatures with, so it takes no webhook calls");
        }
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
        if (signatures.policy() == WebhookSignatures.Policy.CHECK) {
            String signature = request.getHeader("X-Twilio-Signature");
            if (signature == null || signature.isBlank()) {
                unsigned.increment();
                throw new ApiException(ErrorCode.FORBIDDEN, "the request carries no Twilio signature");
            }
            String url = publicUrl(request);
            if (!new RequestValidator(twilio.authToken()).validate(url, params, signature)) {
                badSignatures.increment();
                log.warn("refused a webhook call with a bad Twilio signature for {}", url);
                throw new ApiException(ErrorCode.FORBIDDEN, "the Twilio signature does not match");
            }
        }
        return params;
    }

    /** The address Twilio posted to: behind proxies, the configured public base, not the one seen here. */
    private String publicUrl(HttpServletRequest request) {
        String base = TwilioSettings.present(twilio.publicBaseUrl())
                ? twilio.publicBaseUrl().replaceAll("/+$", "")
                : request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        String query = request.getQueryString();
        return base + request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static InboundMessage message(Map<String, String> params) {
        String sid = required(params, "MessageSid");
        if (!SID.matcher(sid).matches()) {
            throw ApiException.invalid("MessageSid is not a Twilio message SID");
        }
        var from = WHATSAPP_PHONE.matcher(required(params, "From"));
        if (!from.matches()) {
            throw ApiException.invalid("From must be a WhatsApp number like whatsapp:+9779841000000");
        }
        String body = params.getOrDefault("Body", "");
        if (body.length() > MAX_BODY) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the message is longer than " + MAX_BODY + " characters");
        }
        int mediaCount = number(params.getOrDefault("NumMedia", "0"));
        List<InboundMessage.Media> media = new ArrayList<>();
        for (int i = 0; i < Math.min(mediaCount, MAX_MEDIA); i++) {
            String url = params.get("MediaUrl" + i);
            if (url != null && !url.isBlank()) {
                media.add(new InboundMessage.Media(url, params.get("MediaContentType" + i)));
            }
        }
        String replied = params.get("OriginalRepliedMessageSid");
        return new InboundMessage(0, sid, from.group(1), limit(params.get("ProfileName"), 200), body,
                limit(params.get("ButtonPayload"), 200),
                replied != null && SID.matcher(replied).matches() ? replied : null, media, Instant.now(), 0);
    }

    private static int number(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw ApiException.invalid("NumMedia must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalid("NumMedia must be a number");
        }
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(name + " is required");
        }
        return value.trim();
    }

    private static String limit(String value, int max) {
        return value == null || value.isBlank() ? null : value.length() <= max ? value : value.substring(0, max);
    }
}
