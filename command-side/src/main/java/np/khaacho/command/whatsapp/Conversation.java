package np.khaacho.command.whatsapp;

import np.khaacho.command.api.CommandSender;
import np.khaacho.command.order.OrderDirectory;
import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.ImageReading;
import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.MessageReader;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.ParsedItem;
import np.khaacho.command.parsing.ParsingCatalog;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.command.party.UserDirectory.User;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.command.product.ProductDirectory.ProductRef;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.order.CancelOrder;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.ConfirmDrafts;
import np.khaacho.kernel.order.DiscardDraft;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductStatus;
import np.khaacho.kernel.query.FindRecentOrders;
import np.khaacho.kernel.query.OrderHeadline;
import np.khaacho.kernel.whatsapp.FindOutboundMessage;
import np.khaacho.kernel.whatsapp.MessagePurpose;
import np.khaacho.kernel.whatsapp.OutboundMessageView;
import np.khaacho.kernel.whatsapp.SendWhatsAppMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The buyer's side of Khaacho on WhatsApp: reads one inbound message, acts on it (drafts, places,
 * cancels, tells), and answers. Everything it does is keyed by the message, so reading the same
 * message again (after a crash, or a retry) repeats no order and sends no second answer.
 */
@Component
class Conversation {

    static final Set<OrderStatus> CANCELLABLE = Set.of(OrderStatus.PLACED, OrderStatus.AWAITING_VENDOR);
    private static final String REPLY_PREFIX = "reply:";
    private static final int STATUS_ORDERS = 5;
    private static final int CANCEL_LOOKBACK = 20;

    private final UserDirectory users;
    private final MessageReader reader;
    private final MediaDownloader media;
    private final InboundStore store;
    private final CommandSender sender;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ProductDirectory products;
    private final ParsingCatalog catalog;
    private final OrderDirectory orders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    Conversation(UserDirectory users, MessageReader reader, MediaDownloader media, InboundStore store,
                 CommandSender sender, CommandGateway commands, QueryGateway queries, ProductDirectory products,
                 ParsingCatalog catalog, OrderDirectory orders, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.users = users;
        this.reader = reader;
        this.media = media;
        this.store = store;
        this.sender = sender;
        this.commands = commands;
        this.queries = queries;
        this.products = products;
        this.catalog = catalog;
        this.orders = orders;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    Outcome handle(InboundMessage message) {
        Optional<User> user = users.byPhone(message.phone());
        if (user.isEmpty()) {
            return lead(message);
        }
        if (user.get().role() != Role.BUYER) {
            reply(message, user.get().id(), Replies.in("en").notABuyer());
            return Outcome.of("NOT_A_BUYER");
        }
        User buyer = user.get();
        Reading reading = read(message, buyer);
        if (reading.failure() != null) {
            reply(message, buyer.id(), Replies.in("en").photoUnreadable(reading.failure()));
            return Outcome.of("PHOTO_UNREADABLE", Map.of("reason", reading.failure()));
        }
        ParseResult result = reading.result();
        store.recordReading(message.messageSid(), result.intent().name(), result.language(), reading.ocrText(), result);
        Replies replies = Replies.in(result.language());
        Actor actor = new Actor(buyer.id(), Role.BUYER, buyer.phone(), Channel.WHATSAPP);
        return switch (result.intent()) {
            case ORDER -> order(message, actor, result, replies);
            case CONFIRM -> confirm(message, actor, replies);
            case CANCEL -> cancel(message, actor, replies);
            case STATUS -> status(message, actor, replies);
            case OTHER -> {
                reply(message, buyer.id(), replies.help());
                yield Outcome.of("HELP_SENT");
            }
        };
    }

    /** The text to act on: a tapped button, the OCR of a photo with its caption, or the typed text. */
    private Reading read(InboundMessage message, User buyer) {
        String payload = message.buttonPayload() == null ? "" : message.buttonPayload().toUpperCase(Locale.ROOT);
        if (payload.contains("CONFIRM") || payload.equals("YES")) {
            return new Reading(fixed(Intent.CONFIRM), null, null);
        }
        if (payload.contains("CANCEL")) {
            return new Reading(fixed(Intent.CANCEL), null, null);
        }
        Optional<InboundMessage.Media> photo = message.media().stream()
                .filter(m -> m.contentType() != null && m.contentType().startsWith("image/")).findFirst();
        if (photo.isEmpty()) {
            if (!message.media().isEmpty() && message.body().isBlank()) {
                return new Reading(null, null, "only photos and typed lists can be read");
            }
            return new Reading(reader.readText(message.body(), message.messageSid(), buyer.id()), null, null);
        }
        try {
            byte[] bytes = media.download(photo.get().url());
            ImageReading image = reader.readImage(bytes, photo.get().contentType(),
                    message.messageSid(), buyer.id());
            if (message.body().isBlank() || image.result().intent() == Intent.ORDER) {
                return new Reading(image.result(), image.text(), null);
            }
            String both = message.body() + "\n" + image.text();
            return new Reading(reader.readText(both, message.messageSid(), buyer.id()), image.text(), null);
        } catch (MediaDownloader.MediaException e) {
            return new Reading(null, null, e.getMessage());
        } catch (DomainException | np.khaacho.kernel.api.ApiException e) {
            return new Reading(null, null, e.getMessage());
        }
    }

    private static ParseResult fixed(Intent intent) {
        return new ParseResult(intent, List.of(), List.of(), "en", "button");
    }

    private Outcome order(InboundMessage message, Actor actor, ParseResult result, Replies replies) {
        BuyerId buyerId = BuyerId.of(actor.userId());
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        result.items().forEach(item -> wanted.merge(item.sku(), item.quantity(), BigDecimal::add));
        Map<String, String> units = result.items().stream()
                .collect(Collectors.toMap(ParsedItem::sku, ParsedItem::unit, (a, b) -> a));
        Map<String, ProductRef> refs = products.bySkus(wanted.keySet()).stream()
                .collect(Collectors.toMap(ProductRef::sku, Function.identity()));
        Map<String, String> names = names(wanted.keySet(), replies);
        List<String> unresolved = new ArrayList<>(result.unresolved());
        Map<VendorId, List<String>> byVendor = new LinkedHashMap<>();
        for (String sku : wanted.keySet()) {
            ProductRef ref = refs.get(sku);
            if (ref == null || ref.status() != ProductStatus.ACTIVE) {
                unresolved.add(names.getOrDefault(sku, sku));
                continue;
            }
            byVendor.computeIfAbsent(ref.vendorId(), v -> new ArrayList<>()).add(sku);
        }
        if (byVendor.isEmpty()) {
            reply(message, actor.userId(), replies.nothingMatched(unresolved));
            return Outcome.of("NOTHING_MATCHED", Map.of("unresolved", unresolved));
        }
        List<String> replaced = discardOtherDrafts(buyerId, message.messageSid(), actor);

        List<Replies.DraftSummary> drafts = new ArrayList<>();
        List<Replies.Refusal> refusals = new ArrayList<>();
        List<String> orderIds = new ArrayList<>();
        for (Map.Entry<VendorId, List<String>> vendor : byVendor.entrySet()) {
            String vendorName = users.byId(vendor.getKey().value()).map(User::displayName).orElse(vendor.getKey().value());
            List<String> skus = vendor.getValue();
            OrderId orderId = OrderId.derivedFrom(message.messageSid() + "/" + vendor.getKey().value());
            try {
                String number = orders.parties(orderId).map(OrderDirectory.OrderParties::orderNumber)
                        .orElseGet(() -> draft(orderId, buyerId, vendor.getKey(), skus, wanted, refs, message,
                                result, actor));
                List<Replies.Line> lines = skus.stream().map(sku -> {
                    Money price = refs.get(sku).price();
                    Quantity quantity = Quantity.of(wanted.get(sku));
                    return new Replies.Line(names.getOrDefault(sku, sku), wanted.get(sku), units.get(sku), price,
                            price.times(quantity));
                }).toList();
                Money total = lines.stream().map(Replies.Line::subtotal).reduce(Money.ZERO, Money::plus);
                drafts.add(new Replies.DraftSummary(vendorName, number, lines, total));
                orderIds.add(orderId.value());
            } catch (DomainException e) {
                refusals.add(new Replies.Refusal(vendorName, reason(e)));
            }
        }
        if (!orderIds.isEmpty()) {
            jdbc.update("""
                    INSERT INTO whatsapp.summaries (message_sid, buyer_id, order_ids) VALUES (?, ?, ?)
                    ON CONFLICT (message_sid) DO NOTHING""",
                    ps -> {
                        ps.setString(1, message.messageSid());
                        ps.setString(2, buyerId.value());
                        ps.setArray(3, ps.getConnection().createArrayOf("text", orderIds.toArray()));
                    });
        }
        Money total = drafts.stream().map(Replies.DraftSummary::total).reduce(Money.ZERO, Money::plus);
        reply(message, actor.userId(), replies.summary(drafts, refusals, unresolved, total));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("orderIds", orderIds);
        detail.put("unresolved", unresolved);
        detail.put("refused", refusals);
        detail.put("replacedDrafts", replaced);
        return Outcome.of(orderIds.isEmpty() ? "NOTHING_DRAFTED" : "DRAFTED", detail);
    }

    private String draft(OrderId orderId, BuyerId buyerId, VendorId vendorId, List<String> skus,
                         Map<String, BigDecimal> wanted, Map<String, ProductRef> refs, InboundMessage message,
                         ParseResult result, Actor actor) {
        String number = orders.nextOrderNumber();
        List<OrderItem> items = skus.stream()
                .map(sku -> new OrderItem(refs.get(sku).productId(), Quantity.of(wanted.get(sku)))).toList();
        BigDecimal confidence = result.unresolved().isEmpty() ? BigDecimal.ONE : new BigDecimal("0.8");
        sender.send(new DraftOrder(orderId, number, buyerId, vendorId, items, null,
                "WhatsApp message " + message.messageSid(), message.messageSid(), confidence, result.language()), actor);
        return number;
    }

    /** A newer list before confirming replaces the older drafts. */
    private List<String> discardOtherDrafts(BuyerId buyerId, String messageSid, Actor actor) {
        List<String> older = jdbc.queryForList("""
                SELECT order_id FROM write_model.drafts WHERE buyer_id = ? AND message_id <> ? ORDER BY order_id""",
                String.class, buyerId.value(), messageSid);
        for (String orderId : older) {
            try {
                sender.send(new DiscardDraft(OrderId.of(orderId), "replaced by message " + messageSid), actor);
            } catch (DomainException e) {
                // placed or expired meanwhile: nothing left to replace
            }
        }
        return older;
    }

    private Outcome confirm(InboundMessage message, Actor actor, Replies replies) {
        BuyerId buyerId = BuyerId.of(actor.userId());
        Optional<String> target = confirmationTarget(message, buyerId);
        if (target.isEmpty()) {
            reply(message, actor.userId(), replies.nothingToConfirm());
            return Outcome.of("NOTHING_TO_CONFIRM");
        }
        if (!openDrafts(buyerId, target.get())) {
            reply(message, actor.userId(), placedFrom(target.get()) ? replies.nothingToConfirm() : replies.summaryReplaced());
            return Outcome.of("SUMMARY_NOT_OPEN", Map.of("summaryOf", target.get()));
        }
        // The orders and the message's outcome commit together. Apart, a crash between them would leave
        // the message to be read again with its drafts gone, and the buyer told there was nothing to confirm.
        return transactions.execute(tx -> {
            List<OrderId> placed = sender.send(new ConfirmDrafts(buyerId, target.get()), actor);
            // every placed order is announced to the buyer by its own notification
            Outcome confirmed = Outcome.of("CONFIRMED", Map.of("summaryOf", target.get(),
                    "orderIds", placed.stream().map(OrderId::value).toList()));
            store.done(message.messageSid(), confirmed);
            return confirmed;
        });
    }

    /**
     * The message whose drafts a yes places: the summary the buyer replied to, when WhatsApp says
     * which one, else the buyer's latest summary still waiting.
     */
    private Optional<String> confirmationTarget(InboundMessage message, BuyerId buyerId) {
        Optional<String> replied = Optional.ofNullable(message.repliedToSid()).flatMap(this::summaryAnsweredBy);
        if (replied.isPresent()) {
            return replied;
        }
        return jdbc.queryForList("""
                SELECT message_id FROM write_model.drafts WHERE buyer_id = ? ORDER BY created_at DESC LIMIT 1""",
                String.class, buyerId.value()).stream().findFirst();
    }

    /** The inbound message whose summary went out as this outbound message, if it was one. */
    private Optional<String> summaryAnsweredBy(String outboundSid) {
        OutboundMessageView sent = queries.query(new FindOutboundMessage(outboundSid),
                ResponseTypes.instanceOf(OutboundMessageView.class)).join();
        if (sent == null || !sent.dedupKey().startsWith(REPLY_PREFIX)) {
            return Optional.empty();
        }
        return jdbc.queryForList("SELECT message_sid FROM whatsapp.summaries WHERE message_sid = ?", String.class,
                sent.dedupKey().substring(REPLY_PREFIX.length())).stream().findFirst();
    }

    private boolean openDrafts(BuyerId buyerId, String messageSid) {
        Integer open = jdbc.queryForObject(
                "SELECT count(*) FROM write_model.drafts WHERE buyer_id = ? AND message_id = ?",
                Integer.class, buyerId.value(), messageSid);
        return open != null && open > 0;
    }

    private boolean placedFrom(String messageSid) {
        Integer placed = jdbc.queryForObject("""
                SELECT count(*) FROM whatsapp.inbound_messages
                WHERE outcome = 'CONFIRMED' AND outcome_detail ->> 'summaryOf' = ?""", Integer.class, messageSid);
        return placed != null && placed > 0;
    }

    private Outcome cancel(InboundMessage message, Actor actor, Replies replies) {
        BuyerId buyerId = BuyerId.of(actor.userId());
        List<String> drafts = jdbc.queryForList(
                "SELECT order_id FROM write_model.drafts WHERE buyer_id = ? ORDER BY order_id", String.class,
                buyerId.value());
        if (!drafts.isEmpty()) {
            List<String> numbers = new ArrayList<>();
            for (String orderId : drafts) {
                sender.send(new DiscardDraft(OrderId.of(orderId), "cancelled by the buyer on WhatsApp"), actor);
                orders.parties(OrderId.of(orderId)).ifPresent(parties -> numbers.add(parties.orderNumber()));
            }
            reply(message, actor.userId(), replies.draftsCancelled(numbers));
            return Outcome.of("DRAFTS_DISCARDED", Map.of("orderIds", drafts));
        }
        List<OrderHeadline> recent = recentOrders(buyerId, CANCEL_LOOKBACK);
        Optional<OrderHeadline> cancellable = recent.stream().filter(o -> CANCELLABLE.contains(o.status())).findFirst();
        if (cancellable.isEmpty()) {
            reply(message, actor.userId(), replies.nothingToCancel(recent.stream()
                    .filter(o -> o.status() == OrderStatus.CONFIRMED).limit(1).toList()));
            return Outcome.of("NOTHING_TO_CANCEL");
        }
        try {
            sender.send(new CancelOrder(cancellable.get().id(), CancelledBy.BUYER,
                    "cancelled by the buyer on WhatsApp"), actor);
        } catch (DomainException e) {
            // the vendor answered in the meantime
            reply(message, actor.userId(), replies.nothingToCancel(List.of(cancellable.get())));
            return Outcome.of("NOTHING_TO_CANCEL", Map.of("orderId", cancellable.get().id(), "reason", reason(e)));
        }
        // the cancellation is announced to the buyer by its own notification
        return Outcome.of("CANCELLED", Map.of("orderId", cancellable.get().id()));
    }

    private Outcome status(InboundMessage message, Actor actor, Replies replies) {
        List<OrderHeadline> recent = recentOrders(BuyerId.of(actor.userId()), CANCEL_LOOKBACK).stream()
                .filter(o -> o.status() != OrderStatus.DRAFTED && o.status() != OrderStatus.DISCARDED)
                .limit(STATUS_ORDERS).toList();
        reply(message, actor.userId(), replies.status(recent));
        return Outcome.of("STATUS_SENT", Map.of("orders", recent.stream().map(OrderHeadline::orderNumber).toList()));
    }

    private List<OrderHeadline> recentOrders(BuyerId buyerId, int limit) {
        return queries.query(new FindRecentOrders(buyerId, limit),
                ResponseTypes.multipleInstancesOf(OrderHeadline.class)).join();
    }

    /** A phone no user has: recorded for the admins, answered politely (once a day at most). */
    private Outcome lead(InboundMessage message) {
        String text = message.body().isBlank() ? "(media)" : message.body();
        Boolean answer = jdbc.queryForObject("""
                INSERT INTO whatsapp.leads (phone, profile_name, first_message, last_message)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (phone) DO UPDATE SET
                    profile_name = COALESCE(EXCLUDED.profile_name, whatsapp.leads.profile_name),
                    last_message = EXCLUDED.last_message,
                    message_count = whatsapp.leads.message_count + 1,
                    last_seen_at = now()
                RETURNING last_replied_at IS NULL OR last_replied_at < now() - interval '1 day'""",
                Boolean.class, message.phone(), message.profileName(), text, text);
        if (Boolean.TRUE.equals(answer)) {
            jdbc.update("UPDATE whatsapp.leads SET last_replied_at = now() WHERE phone = ?", message.phone());
            reply(message, "lead:" + message.phone(), Replies.in("en").unknownPhone());
            return Outcome.of("LEAD_RECORDED");
        }
        return Outcome.of("LEAD_RECORDED_QUIETLY");
    }

    void replyFailed(InboundMessage message) {
        String recipient = users.byPhone(message.phone()).map(User::id).orElse("lead:" + message.phone());
        reply(message, recipient, Replies.in("en").failed());
    }

    /** One answer per inbound message: its dedup key is the message's. */
    private void reply(InboundMessage message, String recipientId, String body) {
        String language = body.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F) ? "ne" : "en";
        commands.sendAndWait(new SendWhatsAppMessage(replyKey(message.messageSid()), recipientId, message.phone(),
                language, MessagePurpose.REPLY, body));
    }

    static String replyKey(String messageSid) {
        return REPLY_PREFIX + messageSid;
    }

    /** What the buyer calls these products in the reply's language, by SKU. */
    private Map<String, String> names(Collection<String> skus, Replies replies) {
        Map<String, String> names = new HashMap<>();
        for (CatalogEntry entry : catalog.entries()) {
            if (skus.contains(entry.sku())) {
                boolean nepali = "ne".equals(replies.language()) && entry.nameNe() != null && !entry.nameNe().isBlank();
                names.put(entry.sku(), nepali ? entry.nameNe() : entry.name());
            }
        }
        return names;
    }

    private static String reason(DomainException e) {
        List<String> details = e.errorDetails() == null ? List.of() : e.errorDetails().details();
        return details.isEmpty() ? e.getMessage() : e.getMessage() + " (" + String.join("; ", details) + ")";
    }

    private record Reading(ParseResult result, String ocrText, String failure) {
    }
}
