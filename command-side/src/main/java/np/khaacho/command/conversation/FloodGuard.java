package np.khaacho.command.conversation;

import np.khaacho.command.whatsapp.InboundMessage;
import np.khaacho.command.whatsapp.InboundStore;
import np.khaacho.command.whatsapp.Outcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps one phone sending a flood of messages from costing the others. A phone's messages are read one
 * after the other (the workers claim a phone's next message only once its last is done), so a flood holds
 * one worker at most, and the others read everyone else's messages meanwhile. Past
 * {@code khaacho.whatsapp.flood.limit} messages in {@code khaacho.whatsapp.flood.window}, a message is not
 * read at all ({@code RATE_LIMITED}): nothing is parsed, drafted or answered, and the phone is told once to
 * slow down (again only after {@code khaacho.whatsapp.flood.tell-every}).
 */
@Component
class FloodGuard {

    private static final Pattern DEVANAGARI = Pattern.compile("\\p{IsDevanagari}");

    private final InboundStore inbound;
    private final int limit;
    private final Duration window;
    private final Duration tellEvery;

    FloodGuard(InboundStore inbound,
               @Value("${khaacho.whatsapp.flood.limit:120}") int limit,
               @Value("${khaacho.whatsapp.flood.window:PT1M}") Duration window,
               @Value("${khaacho.whatsapp.flood.tell-every:PT10M}") Duration tellEvery) {
        this.inbound = inbound;
        this.limit = limit;
        this.window = window;
        this.tellEvery = tellEvery;
    }

    /** The settlement of a message past the limit; empty for a message to read. */
    Optional<Settlement> check(InboundMessage message, String userId) {
        if (inbound.sentWithin(message, window) <= limit) {
            return Optional.empty();
        }
        boolean tell = !inbound.toldToSlowDownSince(message.phone(), Instant.now().minus(tellEvery));
        Outcome outcome = Outcome.of("RATE_LIMITED", Map.of("told", tell, "limit", limit, "window", window.toString()));
        if (!tell) {
            return Optional.of(Settlement.unanswered(outcome));
        }
        Replies replies = Replies.in(DEVANAGARI.matcher(message.body()).find() ? "ne" : "en");
        String text = replies.slowDown(limit, Math.max(1, window.toMinutes()));
        return Optional.of(Settlement.answered(outcome,
                userId == null ? Reply.toStranger(message.phone(), text) : new Reply(userId, text)));
    }
}
