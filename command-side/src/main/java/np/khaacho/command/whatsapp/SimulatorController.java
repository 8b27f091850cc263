package np.khaacho.command.whatsapp;

import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.whatsapp.FindOutboundMessages;
import np.khaacho.kernel.whatsapp.OutboundMessageView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * WhatsApp without WhatsApp, for a local demo: write as any phone, and read that phone's conversation
 * both ways. A message written here becomes what Twilio would have delivered and enters by the very
 * path the webhook's messages take ({@link InboundStore}); the answers are the outbox's messages.
 * <p>
 * These endpoints are public and need no signature (the security configuration lets them through),
 * so anyone who reaches them can write as any phone and read its messages; in a demo
 * ({@code khaacho.mode=demo}) that includes a login code waiting to be sent, as the phone would show it.
 * They answer only while the {@link SimulatorSwitch} is on, which it can be only in the demo mode;
 * otherwise they answer 404 like any unknown path.
 */
@RestController
class SimulatorController {

    static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int MAX_CONTACTS = 200;
    private static final int MAX_LINES = 100;
    private static final List<Role> ROLES = List.of(Role.BUYER, Role.VENDOR, Role.ADMIN, Role.AUDITOR);

    private final SimulatorSwitch simulator;
    private final InboundStore inbound;
    private final InboundTraces traces;
    private final UserDirectory users;
    private final QueryGateway queries;

    SimulatorController(SimulatorSwitch simulator, InboundStore inbound, UserDirectory users, QueryGateway queries,
                        InboundTraces traces) {
        this.traces = traces;
        this.simulator = simulator;
        this.inbound = inbound;
        this.users = users;
        this.queries = queries;
    }

    /** The users one can write as: buyers first, each role in the order they were registered. */
    @GetMapping("/v1/simulator/contacts")
    ApiResponse<List<Contact>> contacts() {
        requireEnabled();
        List<Contact> contacts = users.all(MAX_CONTACTS).stream()
                .filter(user -> ROLES.contains(user.role()))
                .sorted(Comparator.comparingInt(user -> ROLES.indexOf(user.role())))
                .map(user -> new Contact(user.displayName(), user.phone(), user.role())).toList();
        return ApiResponse.ok(contacts);
    }

    /** Delivers a text as if Twilio had: a fresh MessageSid, the sender's WhatsApp number and profile name. */
    @PostMapping("/v1/simulator/messages")
    ResponseEntity<ApiResponse<Sent>> send(@RequestBody(required = false) Typed typed) {
        requireEnabled();
        if (typed == null) {
            throw ApiException.invalid("the body must be {\"phone\": …, \"text\": …}");
        }
        String phone = phone(typed.phone());
        String text = typed.text() == null ? "" : typed.text().strip();
        if (text.isEmpty()) {
            throw ApiException.invalid("text is required");
        }
        if (text.length() > WebhookController.MAX_BODY) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "the message is longer than " + WebhookController.MAX_BODY + " characters");
        }
        String profileName = users.byPhone(phone).map(UserDirectory.User::displayName).orElse(null);
        InboundMessage message = new InboundMessage(0, newMessageSid(), phone, profileName, text, null, null,
                List.of(), Instant.now(), 0);
        traces.stored(message, inbound::accept);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(ApiResponse.ok(new Sent(message.messageSid(), "whatsapp:" + phone, text, message.receivedAt())));
    }

    /**
     * The phone's conversation, oldest first: what it wrote and what it was sent. With {@code after},
     * only what happened after that instant (a page polling for news asks with a little overlap and
     * keeps each line once by its id).
     */
    @GetMapping("/v1/simulator/conversation")
    ApiResponse<List<Line>> conversation(@RequestParam(required = false) String phone,
                                         @RequestParam(required = false)
                                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant after) {
        requireEnabled();
        String whose = phone(phone);
        List<Line> lines = new ArrayList<>();
        inbound.history(whose, MAX_LINES).forEach(in -> lines.add(new Line("in:" + in.messageSid(), "IN",
                in.receivedAt(), in.body(), in.intent(), in.status(), null, null, null)));
        // as the phone sees it: a demo shows a login code still waiting to be sent, as WhatsApp would
        List<OutboundMessageView> out = queries.query(new FindOutboundMessages(whose, MAX_LINES, true),
                ResponseTypes.multipleInstancesOf(OutboundMessageView.class)).join();
        out.forEach(o -> lines.add(new Line("out:" + o.id(), "OUT", o.createdAt(), o.body(), o.kind(), o.status(),
                InboundMessage.answered(o.dedupKey()).orElse(null), o.orderId(), o.mediaUrl())));
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::id));
        List<Line> recent = lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size());
        return ApiResponse.ok(after == null ? List.copyOf(recent)
                : recent.stream().filter(line -> line.at().isAfter(after)).toList());
    }

    private void requireEnabled() {
        if (!simulator.enabled()) {
            // the same answer as a path that does not exist: a switched-off simulator is no simulator
            throw new ApiException(ErrorCode.NOT_FOUND, "no such endpoint");
        }
    }

    private static String phone(String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid("phone is required");
        }
        String phone = value.strip();
        if (!PHONE.matcher(phone).matches()) {
            throw ApiException.invalid("phone must be an international number like +9779841000000");
        }
        return phone;
    }

    /** Like Twilio's: "SM" and 32 hex digits. */
    static String newMessageSid() {
        UUID random = UUID.randomUUID();
        return "SM" + HexFormat.of().toHexDigits(random.getMostSignificantBits())
                + HexFormat.of().toHexDigits(random.getLeastSignificantBits());
    }

    /** Someone to write as. */
    record Contact(String name, String phone, Role role) {
    }

    /** A text typed in the simulator, as the phone's owner would have sent it. */
    record Typed(String phone, String text) {
    }

    /** What was delivered: the generated MessageSid and the sender as Twilio writes it. */
    record Sent(String messageSid, String from, String body, Instant receivedAt) {
    }

    /**
     * One message of the conversation. {@code kind} is what an inbound message was read as (once read)
     * or what an outbound one is about; {@code replyTo} is the inbound message an answer answers.
     */
    record Line(String id, String direction, Instant at, String text, String kind, String status, String replyTo,
                String orderId, String mediaUrl) {
    }
}
