package np.khaacho.command.conversation;

import np.khaacho.command.draft.Drafts;
import np.khaacho.command.order.LinePricing;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsingCatalog;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.command.party.UserDirectory.User;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.command.product.ProductDirectory.ProductRef;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.OrderId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of goods becomes one draft per vendor in place of the buyer's older drafts, and the buyer
 * gets a priced summary to say yes to.
 */
@Component
class OrderHandler implements IntentHandler {

    private final ProductDirectory products;
    private final UserDirectory users;
    private final ParsingCatalog catalog;
    private final Drafts drafts;
    private final OrderCommands commands;
    private final Summaries summaries;
    private final LinePricing pricing;
    private final LostDemand lostDemand;

    OrderHandler(ProductDirectory products, UserDirectory users, ParsingCatalog catalog, Drafts drafts,
                 OrderCommands commands, Summaries summaries, LinePricing pricing, LostDemand lostDemand) {
        this.products = products;
        this.pricing = pricing;
        this.lostDemand = lostDemand;
        this.users = users;
        this.catalog = catalog;
        this.drafts = drafts;
        this.commands = commands;
        this.summaries = summaries;
    }

    @Override
    public Intent intent() {
        return Intent.ORDER;
    }

    /** What the buyer pays a unit for this quantity: its draft is priced the same way. */
    Money priceFor(Turn turn, ProductRef product, Quantity quantity) {
        return pricing.price(turn.buyerId(), product.productId(), quantity).map(LinePricing.Priced::unitPrice)
                .orElse(product.price());
    }

    @Override
    public Settlement handle(Turn turn) {
        return draft(turn, turn.result(), null);
    }

    /**
     * Drafts these goods for the buyer in place of its older drafts and answers the priced summary, after
     * {@code intro} when there is one (what a repeated order changed).
     */
    Settlement draft(Turn turn, ParseResult result, String intro) {
        Replies replies = turn.replies();
        Basket basket = Basket.of(result, products::bySkus, (product, quantity) -> priceFor(turn, product, quantity),
                vendor -> users.byId(vendor.value()).map(User::displayName).orElse(vendor.value()),
                catalog.entries(), replies.language());
        lostDemand.notInCatalog(turn, basket.unresolved());
        if (basket.parts().isEmpty() && basket.questions().isEmpty()) {
            return turn.answer(replies.nothingMatched(basket.unresolved()),
                    Outcome.of("NOTHING_MATCHED", Map.of("unresolved", basket.unresolved())));
        }
        String messageSid = turn.message().messageSid();
        List<OrderId> older = drafts.fromOtherMessages(turn.buyerId(), messageSid);
        BigDecimal confidence = result.unresolved().isEmpty() ? BigDecimal.ONE : new BigDecimal("0.8");
        List<Replies.DraftSummary> drafted = new ArrayList<>();
        List<Replies.Refusal> refusals = new ArrayList<>(basket.questions());
        List<String> orderIds = new ArrayList<>();
        for (OrderCommands.Drafted draft : commands.replaceDrafts(older, basket.parts(), confidence, turn)) {
            Basket.Part part = draft.part();
            if (draft.refusal() != null) {
                lostDemand.refused(turn, part, draft.refusal());
                refusals.add(new Replies.Refusal(part.vendorName(), Replies.reason(draft.refusal())));
                continue;
            }
            drafted.add(new Replies.DraftSummary(part.vendorName(), draft.orderNumber(), part.lines(), part.total()));
            orderIds.add(draft.orderId().value());
        }
        if (!orderIds.isEmpty()) {
            summaries.record(messageSid, turn.buyerId(), orderIds);
        }
        Money total = drafted.stream().map(Replies.DraftSummary::total).reduce(Money.ZERO, Money::plus);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orderIds", orderIds);
        detail.put("unresolved", basket.unresolved());
        detail.put("readItems", result.items());
        detail.put("readUnresolved", result.unresolved());
        detail.put("refused", refusals);
        detail.put("replacedDrafts", older.stream().map(OrderId::value).toList());
        String summary = replies.summary(drafted, refusals, basket.unresolved(), total);
        return turn.answer(intro == null ? summary : intro + "\n\n" + summary,
                Outcome.of(orderIds.isEmpty() ? "NOTHING_DRAFTED" : "DRAFTED", detail));
    }
}
