package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.query.FindRepeatPurchasesDue;
import np.khaacho.kernel.query.RepeatPurchasesDue;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggestions to buy again, learnt from each buyer's own orders: a buyer who usually orders rice every ten days
 * and has not for twelve is told so, with how to order it again and how to stop these ({@link
 * FindRepeatPurchasesDue}). One message a week at most, none once the buyer said "stop"; outside the
 * 24-hour window it goes as the REPEAT_SUGGESTION template. Each instance looks every
 * {@code khaacho.suggestions.check-every}; the dedup key of a buyer's day keeps two instances from both sending.
 */
@Component
public class RepeatSuggestions extends Periodic {

    /** A buyer gets a suggestion this seldom at most. */
    static final Duration AT_MOST_EVERY = Duration.ofDays(7);
    private static final int MOST_ITEMS = 3;
    private static final ZoneId NEPAL = ZoneId.of("Asia/Kathmandu");
    private static final Logger log = LoggerFactory.getLogger(RepeatSuggestions.class);

    private final QueryGateway queries;
    private final Contacts contacts;
    private final OutboundMessages messages;
    private final JdbcTemplate jdbc;

    RepeatSuggestions(QueryGateway queries, Contacts contacts, OutboundMessages messages, JdbcTemplate jdbc,
                      @Value("${khaacho.suggestions.check-every:PT6H}") Duration every,
                      @Value("${khaacho.suggestions.enabled:true}") boolean enabled) {
        super("repeat-suggestions", every, enabled);
        this.queries = queries;
        this.contacts = contacts;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    /** The suggestions due at that moment, each buyer's in one message; how many buyers got one. */
    public int sendDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, NEPAL);
        RepeatPurchasesDue due = queries.query(new FindRepeatPurchasesDue(today), RepeatPurchasesDue.class).join();
        Map<String, List<RepeatPurchasesDue.Due>> byBuyer = new LinkedHashMap<>();
        due.due().forEach(item -> byBuyer.computeIfAbsent(item.buyerId(), b -> new ArrayList<>()).add(item));
        int sent = 0;
        for (Map.Entry<String, List<RepeatPurchasesDue.Due>> buyer : byBuyer.entrySet()) {
            if (!mayTell(buyer.getKey(), now)) {
                continue;
            }
            Optional<Contact> contact = contacts.find(buyer.getKey());
            if (contact.isEmpty()) {
                continue;
            }
            NotificationTexts texts = NotificationTexts.in(contact.get().language());
            List<NotificationTexts.RepeatItem> items = buyer.getValue().stream()
                    .sorted(Comparator.comparingDouble(item -> -(double) item.daysSince() / item.usualDays()))
                    .limit(MOST_ITEMS)
                    .map(item -> new NotificationTexts.RepeatItem(item.name(),
                            Quantity.of(item.usualQuantity()).toString(), item.unit(), item.usualDays(), item.daysSince()))
                    .toList();
            messages.send(new OutboundMessage("suggestion:" + buyer.getKey() + ":" + today, contact.get().userId(),
                    contact.get().phone(), texts.language(), NotificationKind.REPEAT_SUGGESTION,
                    texts.repeatSuggestion(items), null, null));
            jdbc.update("""
                    INSERT INTO messaging.repeat_suggestions (buyer_id, last_sent_at) VALUES (?, ?)
                    ON CONFLICT (buyer_id) DO UPDATE SET last_sent_at = EXCLUDED.last_sent_at""",
                    buyer.getKey(), Timestamp.from(now));
            sent++;
        }
        return sent;
    }

    /** Not after "stop", and not within a week of the last one. */
    private boolean mayTell(String buyerId, Instant now) {
        return jdbc.query("""
                        SELECT 1 FROM messaging.repeat_suggestions
                        WHERE buyer_id = ? AND (stopped_at IS NOT NULL OR last_sent_at > ?)""",
                (rs, row) -> 1, buyerId, Timestamp.from(now.minus(AT_MOST_EVERY))).isEmpty();
    }


    @Override
    void check() {
        try {
            int sent = sendDue(Instant.now());
            if (sent > 0) {
                log.info("suggestions to buy again sent to {} buyers", sent);
            }
        } catch (RuntimeException e) {
            log.warn("suggestions to buy again could not be sent; trying again", e);
        }
    }
}
