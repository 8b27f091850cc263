package np.khaacho.command.conversation;

import np.khaacho.command.draft.Drafts;
import np.khaacho.command.order.OrderDirectory;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsingCatalog;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.command.party.UserDirectory.User;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.VendorId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of goods becomes one draft per vendor, and the buyer gets a priced summary to say yes to. A
 * newer list replaces the buyer's older drafts. Each draft's id is derived from the message and the
 * vendor, so a message read again drafts nothing twice.
 */
@Component
class OrderHandler implements IntentHandler {

    private final ProductDirectory products;
    private final ParsingCatalog catalog;
    private final UserDirectory users;
    private final OrderDirectory orders;
    private final Drafts drafts;
    private final OrderCommands commands;
    private final Summaries summaries;

    OrderHandler(ProductDirectory products, ParsingCatalog catalog, UserDirectory users, OrderDirectory orders,
                 Drafts drafts, OrderCommands commands, Summaries summaries) {
        this.products = products;
        this.catalog = catalog;
        this.users = users;
        this.orders = orders;
        this.drafts = drafts;
        this.commands = commands;
        this.summaries = summaries;
    }

    @Override
    public Intent intent() {
        return Intent.ORDER;
    }

    @Override
    public Settlement handle(Turn turn) {
        ParseResult result = turn.result();
        Replies replies = turn.replies();
        Basket basket = Basket.of(result, products::bySkus, catalog.entries(), replies.language());
        if (basket.byVendor().isEmpty()) {
            return turn.answer(replies.nothingMatched(basket.unresolved()),
                    Outcome.of("NOTHING_MATCHED", Map.of("unresolved", basket.unresolved())));
        }
        String messageSid = turn.message().messageSid();
        List<String> replaced = new ArrayList<>();
        for (OrderId older : drafts.fromOtherMessages(turn.buyerId(), messageSid)) {
            replaced.add(older.value());
            try {
                commands.discard(older, "replaced by message " + messageSid, turn);
            } catch (DomainException e) {
                // placed or expired meanwhile: nothing left to replace
            }
        }
        BigDecimal confidence = result.unresolved().isEmpty() ? BigDecimal.ONE : new BigDecimal("0.8");
        List<Replies.DraftSummary> drafted = new ArrayList<>();
        List<Replies.Refusal> refusals = new ArrayList<>();
        List<String> orderIds = new ArrayList<>();
        for (Map.Entry<VendorId, List<String>> vendor : basket.byVendor().entrySet()) {
            VendorId vendorId = vendor.getKey();
            String vendorName = users.byId(vendorId.value()).map(User::displayName).orElse(vendorId.value());
            OrderId orderId = OrderId.derivedFrom(messageSid + "/" + vendorId.value());
            try {
                String number = orders.parties(orderId).map(OrderDirectory.OrderParties::orderNumber).orElseGet(() -> {
                    String next = orders.nextOrderNumber();
                    commands.draft(orderId, next, vendorId, basket.items(vendor.getValue()), confidence, turn);
                    return next;
                });
                List<Replies.Line> lines = basket.lines(vendor.getValue());
                drafted.add(new Replies.DraftSummary(vendorName, number, lines,
                        lines.stream().map(Replies.Line::subtotal).reduce(Money.ZERO, Money::plus)));
                orderIds.add(orderId.value());
            } catch (DomainException e) {
                refusals.add(new Replies.Refusal(vendorName, Replies.reason(e)));
            }
        }
        if (!orderIds.isEmpty()) {
            summaries.record(messageSid, turn.buyerId(), orderIds);
        }
        Money total = drafted.stream().map(Replies.DraftSummary::total).reduce(Money.ZERO, Money::plus);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orderIds", orderIds);
        detail.put("unresolved", basket.unresolved());
        detail.put("refused", refusals);
        detail.put("replacedDrafts", replaced);
        return turn.answer(replies.summary(drafted, refusals, basket.unresolved(), total),
                Outcome.of(orderIds.isEmpty() ? "NOTHING_DRAFTED" : "DRAFTED", detail));
    }
}
