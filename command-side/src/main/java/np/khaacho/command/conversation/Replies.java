package np.khaacho.command.conversation;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.query.Khata;
import np.khaacho.kernel.query.OrderHeadline;
import np.khaacho.kernel.query.Statements;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What Khaacho answers a buyer on WhatsApp, in the language the buyer wrote in. */
interface Replies {

    static Replies in(String language) {
        return "ne".equals(language) ? NepaliReplies.INSTANCE : EnglishReplies.INSTANCE;
    }

    String language();

    String summary(List<DraftSummary> drafts, List<Refusal> refusals, List<String> unresolved, Money total);

    String nothingMatched(List<String> unresolved);

    String nothingToConfirm();

    /** "Same as last time" with no earlier order to repeat. */
    String nothingToReorder();

    /** After "stop": no more suggestions to buy again. */
    String suggestionsStopped();

    /**
     * The order asked for again, drafted at today's prices and stock: which order it repeats, and each
     * line whose price changed since (what it was, what it is now); what is no longer sold shows with
     * the summary's missing items.
     */
    String reorderIntro(String orderNumber, List<PriceChange> changes);

    String summaryReplaced();

    /**
     * A correction applied: the line as it was read ({@code was}, the buyer's words when nothing matched)
     * and what it is now; with {@code words}, that from now on those words from this buyer mean {@code product}.
     */
    String corrected(String was, String now, String words, String product);

    /** A correction with no open summary to correct. */
    String nothingToCorrect();

    /** A correction that could name more than one line, or none: which one, of these. */
    String whichLine(List<String> lines);

    /** A correction whose right part names no one product. */
    String correctionNotFound(String right);

    String draftsCancelled(List<String> orderNumbers);

    String nothingToCancel(List<OrderHeadline> confirmed);

    String status(List<OrderHeadline> orders);

    String help();

    /**
     * The khata: what is owed per vendor and order with when it falls due (BS, AD beside it), the latest
     * payments, the credit available, money held, and the link to pay (null when there is none).
     */
    String khata(Khata khata, String payLink);

    /**
     * A month's statements, one per vendor: brought forward, delivered, paid, carried forward, and the
     * PDF's link (by vendor id; none when links cannot be made); or that the month has none. With
     * {@code payLink} (something is owed now), the link to pay it.
     */
    String statements(Statements statements, Map<String, String> links, String payLink);

    String unknownPhone();

    String notABuyer();

    String photoUnreadable(String reason);

    String failed();

    /** To a phone sending more than {@code limit} messages in {@code minutes}: the rest are not read. */
    String slowDown(int limit, long minutes);

    /** The words of an order summary in one language; {@code refusal} takes the vendor and the reason. */
    record SummaryWords(String heading, String subtotal, String refusal, String missing, String nothing,
                        String total, String confirm, String currency) {
    }

    /** An order summary: each vendor's lines with unit price and subtotal, refusals, what is missing, the total. */
    static String summary(SummaryWords words, List<DraftSummary> drafts, List<Refusal> refusals,
                          List<String> unresolved, Money total) {
        StringBuilder text = new StringBuilder(words.heading()).append("\n");
        for (DraftSummary draft : drafts) {
            text.append("\n").append(draft.vendorName()).append(" (").append(draft.orderNumber()).append(")\n");
            for (Line line : draft.lines()) {
                text.append("• ").append(line.name()).append(": ").append(ReplyFormats.quantity(line.quantity()))
                        .append(" ").append(line.unit()).append(" × ").append(words.currency())
                        .append(ReplyFormats.amount(line.unitPrice())).append(" = ").append(words.currency())
                        .append(ReplyFormats.amount(line.subtotal()));
                if (line.asked() != null) {
                    text.append(" (").append(line.asked()).append(" → ").append(ReplyFormats.quantity(line.quantity()))
                            .append(" ").append(line.unit()).append(line.why() == null ? "" : ", " + line.why())
                            .append(")");
                }
                text.append("\n");
            }
            text.append(words.subtotal()).append(" ").append(words.currency())
                    .append(ReplyFormats.amount(draft.total())).append("\n");
        }
        for (Refusal refusal : refusals) {
            text.append("\n").append(String.format(words.refusal(), refusal.vendorName(), refusal.reason())).append("\n");
        }
        if (!unresolved.isEmpty()) {
            text.append("\n").append(words.missing()).append(" ").append(String.join(", ", unresolved)).append("\n");
        }
        if (drafts.isEmpty()) {
            return text.append("\n").append(words.nothing()).toString();
        }
        return text.append("\n").append(words.total()).append(" ").append(words.currency())
                .append(ReplyFormats.amount(total)).append("\n").append(words.confirm()).toString();
    }

    /**
     * The words of a repeated order's first lines: {@code same} takes the order number; {@code money}
     * writes an amount as the language does.
     */
    record ReorderWords(String same, String unchanged, String changed, Function<Money, String> money) {
    }

    static String reorderIntro(ReorderWords words, String orderNumber, List<PriceChange> changes) {
        StringBuilder text = new StringBuilder(String.format(words.same(), orderNumber));
        if (changes.isEmpty()) {
            return text.append(" ").append(words.unchanged()).toString();
        }
        text.append(" ").append(words.changed());
        for (PriceChange change : changes) {
            text.append("\n• ").append(change.name()).append(": ").append(words.money().apply(change.was()))
                    .append(" → ").append(words.money().apply(change.now()));
        }
        return text.toString();
    }

    /**
     * The words of a month's statements: {@code heading} and {@code none} take the month; {@code sums}
     * takes the vendor and the four sums (brought forward, delivered, paid, balance).
     */
    record StatementWords(String heading, String none, String sums, String pay, Function<Money, String> money) {
    }

    static String statements(StatementWords words, String month, Statements statements, Map<String, String> links,
                             String payLink) {
        if (statements.statements().isEmpty()) {
            return String.format(words.none(), month);
        }
        StringBuilder text = new StringBuilder(String.format(words.heading(), month));
        for (Statements.Summary statement : statements.statements()) {
            text.append("\n\n").append(String.format(words.sums(), statement.vendorName(),
                    words.money().apply(statement.opening()), words.money().apply(statement.delivered()),
                    words.money().apply(statement.paid()), words.money().apply(statement.closing())));
            String link = links.get(statement.vendorId());
            if (link != null) {
                text.append("\nPDF: ").append(link);
            }
        }
        if (payLink != null) {
            text.append("\n\n").append(words.pay()).append(" ").append(payLink);
        }
        return text.toString();
    }

    /** Why a command was refused, as a buyer is told it: the message, and its details. */
    static String reason(DomainException e) {
        List<String> details = e.errorDetails() == null ? List.of() : e.errorDetails().details();
        return details.isEmpty() ? e.getMessage() : e.getMessage() + " (" + String.join("; ", details) + ")";
    }

    /** One vendor's draft as the summary lists it. */
    /** A line's unit price when it was last ordered and today. */
    record PriceChange(String name, Money was, Money now) {
    }

    record DraftSummary(String vendorName, String orderNumber, List<Line> lines, Money total) {
    }

    /**
     * {@code asked}: what the buyer asked, in another unit ("36 ota") or of another quantity, shown beside the
     * quantity drafted; else null. {@code why}: why the quantity is not what was asked ("sold in multiples of 6").
     */
    record Line(String name, BigDecimal quantity, String unit, Money unitPrice, Money subtotal, String asked,
                String why) {

        Line(String name, BigDecimal quantity, String unit, Money unitPrice, Money subtotal, String asked) {
            this(name, quantity, unit, unitPrice, subtotal, asked, null);
        }

        Line(String name, BigDecimal quantity, String unit, Money unitPrice, Money subtotal) {
            this(name, quantity, unit, unitPrice, subtotal, null, null);
        }
    }

    /** A vendor whose part of the message could not become a draft, and why. */
    record Refusal(String vendorName, String reason) {
    }
}
