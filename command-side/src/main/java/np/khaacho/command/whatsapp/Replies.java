package np.khaacho.command.whatsapp;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.query.OrderHeadline;

import java.math.BigDecimal;
import java.util.List;

/** What Khaacho answers a buyer on WhatsApp, in the language the buyer wrote in. */
interface Replies {

    static Replies in(String language) {
        return "ne".equals(language) ? NepaliReplies.INSTANCE : EnglishReplies.INSTANCE;
    }

    String language();

    String summary(List<DraftSummary> drafts, List<Refusal> refusals, List<String> unresolved, Money total);

    String nothingMatched(List<String> unresolved);

    String nothingToConfirm();

    String summaryReplaced();

    String draftsCancelled(List<String> orderNumbers);

    String nothingToCancel(List<OrderHeadline> confirmed);

    String status(List<OrderHeadline> orders);

    String help();

    String unknownPhone();

    String notABuyer();

    String photoUnreadable(String reason);

    String failed();

    /** One vendor's draft as the summary lists it. */
    record DraftSummary(String vendorName, String orderNumber, List<Line> lines, Money total) {
    }

    record Line(String name, BigDecimal quantity, String unit, Money unitPrice, Money subtotal) {
    }

    /** A vendor whose part of the message could not become a draft, and why. */
    record Refusal(String vendorName, String reason) {
    }
}
