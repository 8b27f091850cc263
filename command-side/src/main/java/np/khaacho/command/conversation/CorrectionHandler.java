package np.khaacho.command.conversation;

import np.khaacho.command.draft.Drafts;
import np.khaacho.command.parsing.Correction;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.LineCorrections;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.ParsingCatalog;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.command.product.ProductDirectory.ProductRef;
import np.khaacho.command.whatsapp.InboundStore;
import np.khaacho.command.whatsapp.InboundStore.Summarized;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.reading.CorrectedBy;
import np.khaacho.kernel.reading.ReadingCorrected;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A buyer corrects the summary it was sent: "chini bhaneko 1 kg ko packet", "rara hoina wai wai", "not
 * basmati, I meant mansuli". The line it names (by the buyer's words, by what was wrong, or the only line)
 * becomes what the right part names, counted as the line was, and the summary is drafted again with the
 * change said first. When the product changed, the correction is a {@link ReadingCorrected} event: the
 * buyer's words for the line become its own alias for the product, so the same words read right next time.
 * A correction of the quantity alone changes the line and teaches nothing.
 */
@Component
class CorrectionHandler implements IntentHandler {

    /** How long after a summary a correction may still apply to it. */
    static final Duration OPEN_FOR = Duration.ofDays(1);

    private final InboundStore inbound;
    private final Drafts drafts;
    private final LineCorrections lines;
    private final ParsingCatalog catalog;
    private final ProductDirectory products;
    private final OrderHandler orders;
    private final EventGateway events;

    CorrectionHandler(InboundStore inbound, Drafts drafts, LineCorrections lines, ParsingCatalog catalog,
                      ProductDirectory products, OrderHandler orders, EventGateway events) {
        this.inbound = inbound;
        this.drafts = drafts;
        this.lines = lines;
        this.catalog = catalog;
        this.products = products;
        this.orders = orders;
        this.events = events;
    }

    @Override
    public Intent intent() {
        return Intent.CORRECT;
    }

    @Override
    public Settlement handle(Turn turn) {
        Replies replies = turn.replies();
        Correction correction = Optional.ofNullable(turn.result().correction())
                .orElseGet(() -> lines.correctionIn(turn.message().body()));
        Optional<Summarized> summary = inbound.latestSummarized(turn.message().phone(), Instant.now().minus(OPEN_FOR))
                .filter(s -> s.orderIds().isEmpty() || !drafts.fromMessage(turn.buyerId(), s.messageSid()).isEmpty());
        if (correction == null || summary.isEmpty()) {
            return turn.answer(replies.nothingToCorrect(), Outcome.of("NOTHING_TO_CORRECT"));
        }
        List<Line> candidates = linesOf(summary.get());
        Optional<Line> target = target(correction, candidates);
        Map<String, String> names = names(candidates, replies.language());
        if (target.isEmpty()) {
            List<String> shown = candidates.stream().map(line -> line.shown(names)).toList();
            return turn.answer(replies.whichLine(shown), Outcome.of("CORRECTION_UNMATCHED",
                    Map.of("summaryOf", summary.get().messageSid(), "correction", correction)));
        }
        Line line = target.get();
        Optional<ParsedItem> meant = lines.meant(correction.right(), line.text())
                .filter(item -> !item.sku().equals(line.sku()) || line.item() == null
                        || item.quantity().compareTo(line.item().quantity()) != 0);
        Optional<ProductRef> product = meant.flatMap(item -> products.bySku(item.sku()));
        if (product.isEmpty()) {
            return turn.answer(replies.correctionNotFound(correction.right()), Outcome.of("CORRECTION_NOT_FOUND",
                    Map.of("summaryOf", summary.get().messageSid(), "correction", correction)));
        }
        ParsedItem now = new ParsedItem(meant.get().sku(), meant.get().quantity(), meant.get().unit(), line.text(),
                meant.get().asked(), meant.get().pieces());
        String words = correction.words().isEmpty() ? lines.productWords(line.text()) : correction.words();
        boolean learned = !now.sku().equals(line.sku()) && !words.isBlank();
        if (learned) {
            Optional<ProductRef> readAs = line.sku() == null ? Optional.empty() : products.bySku(line.sku());
            events.publish(new ReadingCorrected(turn.message().messageSid(), turn.buyerId(), words.strip(),
                    readAs.map(ProductRef::productId).orElse(null), product.get().productId(), now.sku(),
                    CorrectedBy.BUYER, null, turn.message().messageSid()));
        }
        Map<String, String> meantName = Basket.names(Set.of(now.sku()), catalog.entries(), replies.language());
        String intro = replies.corrected(line.shown(names), new Line(now.text(), now.sku(), now).shown(meantName),
                learned ? words.strip() : null, meantName.getOrDefault(now.sku(), now.sku()));
        return orders.draft(turn, corrected(summary.get(), line, now, turn.result()), intro);
    }

    /** The lines of a summary: the goods read, then the words that matched nothing. */
    private static List<Line> linesOf(Summarized summary) {
        List<Line> lines = new ArrayList<>();
        summary.items().forEach(item -> lines.add(new Line(item.text(), item.sku(), item)));
        summary.unresolved().forEach(piece -> lines.add(new Line(piece, null, null)));
        return lines;
    }

    /**
     * The line the correction is of: the one the buyer's words name, else the one the wrong part names, else
     * the only line; of several named, the one whose product the right part changes.
     */
    private Optional<Line> target(Correction correction, List<Line> candidates) {
        List<Line> named = candidates;
        if (!correction.words().isEmpty()) {
            named = named.stream().filter(line -> lines.names(correction.words(), line.text(), null)).toList();
        }
        if (!correction.wrong().isEmpty() && named.size() != 1) {
            List<Line> wrong = named.stream()
                    .filter(line -> lines.names(correction.wrong(), line.text(), line.sku())).toList();
            named = wrong.isEmpty() ? named : wrong;
        }
        if (named.size() > 1) {
            named = named.stream().filter(line -> lines.meant(correction.right(), line.text())
                    .filter(item -> !item.sku().equals(line.sku())).isPresent()).toList();
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The summary read again with the line corrected. */
    private static ParseResult corrected(Summarized summary, Line line, ParsedItem now, ParseResult correction) {
        List<ParsedItem> items = new ArrayList<>();
        boolean placed = false;
        for (ParsedItem item : summary.items()) {
            if (item == line.item()) {
                items.add(now);
                placed = true;
            } else {
                items.add(item);
            }
        }
        if (!placed) {
            items.add(now);
        }
        List<String> unresolved = new ArrayList<>(summary.unresolved());
        if (line.item() == null) {
            unresolved.remove(line.text());
        }
        return new ParseResult(Intent.ORDER, items, unresolved, correction.language(), correction.engine());
    }

    private Map<String, String> names(List<Line> candidates, String language) {
        return Basket.names(candidates.stream().map(Line::sku).filter(java.util.Objects::nonNull).toList(),
                catalog.entries(), language);
    }

    /** One line of a summary: as the buyer wrote it, and the product and quantity it was read as (none: unmatched). */
    private record Line(String text, String sku, ParsedItem item) {

        String shown(Map<String, String> names) {
            return item == null ? text
                    : ReplyFormats.quantity(item.quantity()) + " " + item.unit() + " " + names.getOrDefault(sku, sku);
        }
    }
}
