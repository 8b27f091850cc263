package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.command.party.UserDirectory.User;
import np.khaacho.command.whatsapp.InboundMessage;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.command.whatsapp.Reading;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Role;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The buyer's side of Khaacho on WhatsApp: the one router from an inbound message to what is done
 * about it. Who writes decides first: a phone no user has is a lead ({@link Leads}); a vendor
 * or staff member is sent to the portal. A buyer's message is read once ({@link MessageReading}),
 * and its {@link Intent} picks the one {@link IntentHandler} that acts on it and says what to answer.
 * The handlers are Spring beans, each naming its intent; they are gathered here into a table, and a
 * start with an intent that has no handler, or two, fails. So a new intent is a constant of
 * {@link Intent} (which the parsers learn to find), one handler class, and its answers' words in
 * {@link Replies}: nothing changes here.
 * <p>
 * No answer is sent from here: a handler says what the message came to and what to answer, in a
 * {@link Settlement}, and the {@link InboundWorkers} record the one and send the other. Everything is
 * keyed by the message, so reading the same message again (after a crash, or a retry) repeats no
 * order and sends no second answer.
 */
@Component
class Conversation {

    private final UserDirectory users;
    private final FloodGuard floods;
    private final Leads leads;
    private final MessageReading reader;
    private final Map<Intent, IntentHandler> handlers;

    Conversation(UserDirectory users, FloodGuard floods, Leads leads, MessageReading reader,
                 List<IntentHandler> handlers) {
        this.users = users;
        this.floods = floods;
        this.leads = leads;
        this.reader = reader;
        this.handlers = table(handlers);
    }

    Settlement settle(InboundMessage message) {
        Optional<User> user = users.byPhone(message.phone());
        Optional<Settlement> flooded = floods.check(message, user.map(User::id).orElse(null));
        if (flooded.isPresent()) {
            return flooded.get();
        }
        if (user.isEmpty()) {
            return leads.note(message);
        }
        User buyer = user.get();
        if (buyer.role() != Role.BUYER) {
            return Settlement.answered(Outcome.of("NOT_A_BUYER"), new Reply(buyer.id(), Replies.in("en").notABuyer()));
        }
        Reading reading;
        try {
            reading = reader.readMessage(message, buyer.id());
        } catch (MessageReading.Unreadable e) {
            return Settlement.answered(Outcome.of("PHOTO_UNREADABLE", Map.of("reason", e.getMessage())),
                    new Reply(buyer.id(), Replies.in("en").photoUnreadable(e.getMessage())));
        }
        Actor actor = new Actor(buyer.id(), Role.BUYER, buyer.phone(), Channel.WHATSAPP);
        Turn turn = new Turn(message, actor, reading.result(), Replies.in(reading.result().language()));
        return handlers.get(reading.result().intent()).handle(turn).readAs(reading);
    }

    /** The answer to a message that could not be handled at all: try again later. */
    Reply failed(InboundMessage message) {
        String sorry = Replies.in("en").failed();
        return users.byPhone(message.phone()).map(user -> new Reply(user.id(), sorry))
                .orElseGet(() -> Reply.toStranger(message.phone(), sorry));
    }

    /** Every intent has exactly one handler. */
    static Map<Intent, IntentHandler> table(List<IntentHandler> handlers) {
        Map<Intent, IntentHandler> table = new EnumMap<>(Intent.class);
        for (IntentHandler handler : handlers) {
            IntentHandler other = table.put(handler.intent(), handler);
            if (other != null) {
                throw new IllegalStateException("two handlers for " + handler.intent() + ": "
                        + other.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
            }
        }
        List<Intent> unhandled = Arrays.stream(Intent.values()).filter(intent -> !table.containsKey(intent)).toList();
        if (!unhandled.isEmpty()) {
            throw new IllegalStateException("no handler for " + unhandled);
        }
        return table;
    }
}
