package np.khaacho.command.conversation;

import np.khaacho.command.api.Access;
import np.khaacho.command.whatsapp.InboundStore;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.whatsapp.FindOutboundMessages;
import np.khaacho.kernel.whatsapp.OutboundMessageView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The WhatsApp conversations as they happened: what buyers wrote (with what it was read as and what
 * came of it) and what Khaacho answered. A buyer sees their own; admins see everyone's and the leads.
 */
@RestController
class ConversationController {

    private static final int MAX_LIMIT = 200;

    private final InboundStore inbound;
    private final QueryGateway queries;
    private final JdbcTemplate jdbc;

    ConversationController(InboundStore inbound, QueryGateway queries, JdbcTemplate jdbc) {
        this.inbound = inbound;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @GetMapping("/v1/whatsapp/messages")
    ApiResponse<List<Entry>> messages(Actor actor, @RequestParam(required = false) String phone,
                                      @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        String whose;
        if (actor.is(Role.ADMIN)) {
            whose = phone == null || phone.isBlank() ? null : phone.trim();
        } else if (actor.is(Role.BUYER)) {
            if (phone != null && !phone.equals(actor.phone())) {
                throw ApiException.forbidden("a buyer sees only their own conversation");
            }
            whose = actor.phone();
        } else {
            throw ApiException.forbidden("the WhatsApp conversations are open to buyers and admins");
        }
        List<Entry> entries = new ArrayList<>();
        inbound.history(whose, limit).forEach(in -> entries.add(new Entry("IN", in.receivedAt(), in.phone(), in.body(),
                Map.of("message", in))));
        List<OutboundMessageView> out = queries.query(new FindOutboundMessages(whose, limit),
                ResponseTypes.multipleInstancesOf(OutboundMessageView.class)).join();
        out.forEach(o -> entries.add(new Entry("OUT", o.createdAt(), o.phone(), o.body(), Map.of("message", o))));
        entries.sort(Comparator.comparing(Entry::at).reversed());
        return ApiResponse.ok(entries.subList(0, Math.min(limit, entries.size())));
    }

    @GetMapping("/v1/whatsapp/leads")
    ApiResponse<List<Map<String, Object>>> leads(Actor actor, @RequestParam(defaultValue = "50") int limit) {
        Access.requireRole(actor, Role.ADMIN);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        return ApiResponse.ok(jdbc.queryForList("""
                SELECT phone, profile_name, first_message, last_message, message_count, first_seen_at, last_seen_at
                FROM whatsapp.leads ORDER BY last_seen_at DESC LIMIT ?""", limit));
    }

    /** One message of a conversation, either way. */
    record Entry(String direction, Instant at, String phone, String text, Object detail) {
    }
}
