package np.khaacho.saga.notification;

import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.calendar.NepaliAmounts;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static np.khaacho.saga.notification.Formats.amount;
import static np.khaacho.saga.notification.Formats.bullets;
import static np.khaacho.saga.notification.Formats.changes;
import static np.khaacho.saga.notification.Formats.isoDate;
import static np.khaacho.saga.notification.Formats.isoDateTime;
import static np.khaacho.saga.notification.Formats.labelled;

/** The messages in Nepali (Devanagari); dates by number, amounts in रु. */
final class NepaliTexts implements NotificationTexts {

    static final String CODE = "ne";
    static final NepaliTexts INSTANCE = new NepaliTexts();

    /** Decline reasons other parts send, in Nepali; an unknown one is shown in the words it came with. */
    private static final Map<String, String> DECLINE_REASONS = Map.of(
            ErrorCode.INSUFFICIENT_STOCK.name(), "केही सामानको स्टक पुगेन",
            "CREDIT_DECLINED", "उधारो स्वीकृत हुन सकेन");

    private NepaliTexts() {
    }

    @Override
    public String language() {
        return CODE;
    }

    @Override
    public String orderPlaced(String orderNumber, Money total) {
        return "अर्डर %s प्राप्त भयो। जम्मा: %s। हामी स्टक र उधारो जाँच गर्दैछौं, छिट्टै जानकारी दिनेछौं।"
                .formatted(orderNumber, rs(total));
    }

    @Override
    public String orderDeclined(String orderNumber, String reason, String message, List<String> details) {
        String why = DECLINE_REASONS.getOrDefault(reason, message != null && !message.isBlank() ? message : reason);
        return "माफ गर्नुहोस्, अर्डर %s अघि बढाउन सकिएन: %s।%s".formatted(orderNumber, why, bullets(details));
    }

    @Override
    public String orderAwaitingVendor(String orderNumber, String buyerName, Money total, Instant respondBy) {
        return "%s बाट नयाँ अर्डर %s। जम्मा: %s। कृपया %s (नेपाल समय) भित्र स्वीकार वा अस्वीकार गर्नुहोस्।"
                .formatted(buyerName, orderNumber, rs(total), isoDateTime(respondBy));
    }

    @Override
    public String vendorReminded(String orderNumber, Instant respondBy) {
        return "सम्झना: अर्डर %s तपाईंको जवाफ पर्खिरहेको छ। कृपया %s (नेपाल समय) भित्र स्वीकार वा अस्वीकार गर्नुहोस्।"
                .formatted(orderNumber, isoDateTime(respondBy));
    }

    @Override
    public String orderConfirmed(String orderNumber, String vendorName, LocalDate deliveryDate) {
        return "खुसीको खबर! %s ले अर्डर %s स्वीकार गर्नुभयो। डेलिभरी मिति: %s।"
                .formatted(vendorName, orderNumber, isoDate(deliveryDate));
    }

    @Override
    public String orderPartiallyConfirmed(String orderNumber, LocalDate deliveryDate, List<LineChange> changes,
                                          Money total) {
        return "अर्डर %s आंशिक रूपमा स्वीकार भयो। डेलिभरी मिति: %s।\nपरिवर्तन:%s\nनयाँ जम्मा: %s"
                .formatted(orderNumber, isoDate(deliveryDate), changes(changes, "हटाइयो"), rs(total));
    }

    @Override
    public String orderRejected(String orderNumber, String reason) {
        return "माफ गर्नुहोस्, विक्रेताले अर्डर %s स्वीकार गर्न सक्नुभएन।%s"
                .formatted(orderNumber, labelled("कारण", reason));
    }

    @Override
    public String orderExpired(String orderNumber, OrderStatus previousStatus) {
        if (previousStatus == OrderStatus.DRAFTED) {
            return "तपाईंले पुष्टि नगरेको अर्डर %s को म्याद सकियो। अझै चाहिन्छ भने फेरि अर्डर पठाउनुहोस्।"
                    .formatted(orderNumber);
        }
        String why = previousStatus == OrderStatus.AWAITING_VENDOR ? "विक्रेताले समयमा जवाफ नदिएकाले " : "";
        return "%sअर्डर %s को म्याद सकियो। सामान अझै चाहिन्छ भने फेरि अर्डर गर्नुहोस्।".formatted(why, orderNumber);
    }

    @Override
    public String orderExpiredForVendor(String orderNumber) {
        return "समयमा जवाफ नआएकाले अर्डर %s को म्याद सकियो। अब केही गर्नु पर्दैन।".formatted(orderNumber);
    }

    @Override
    public String orderCancelled(String orderNumber, String reason) {
        return "अर्डर %s रद्द गरियो।%s".formatted(orderNumber, labelled("कारण", reason));
    }

    @Override
    public String orderCancelledForVendor(String orderNumber, String buyerName, String reason) {
        return "%s को अर्डर %s रद्द गरियो। कृपया डेलिभरी नगर्नुहोस्।%s"
                .formatted(buyerName, orderNumber, labelled("कारण", reason));
    }

    @Override
    public String orderDispatched(String orderNumber) {
        return "अर्डर %s पठाइयो, बाटोमा छ।".formatted(orderNumber);
    }

    @Override
    public String orderDelivered(String orderNumber, Money total, PaymentTerms terms, LocalDate dueDate) {
        String payment;
        if (!terms.isCredit()) {
            payment = "कृपया डेलिभरीमा नगद भुक्तानी गर्नुहोस्।";
        } else if (dueDate != null) {
            payment = "कृपया %s भित्र भुक्तानी गर्नुहोस्।".formatted(isoDate(dueDate));
        } else {
            payment = "कृपया %d दिनभित्र भुक्तानी गर्नुहोस्।".formatted(terms.days());
        }
        return "अर्डर %s डेलिभर भयो। जम्मा: %s। %s".formatted(orderNumber, rs(total), payment);
    }

    @Override
    public String paymentReceived(String orderNumber, Money amount, Money balance) {
        return "अर्डर %s को %s भुक्तानी प्राप्त भयो। बाँकी: %s।".formatted(orderNumber, rs(amount), rs(balance));
    }

    @Override
    public String orderPaid(String orderNumber, Money paidAmount) {
        return "धन्यवाद! अर्डर %s को पूरा भुक्तानी भयो (%s)।".formatted(orderNumber, rs(paidAmount));
    }

    @Override
    public String paymentReminder(String orderNumber, Money balance, LocalDate dueDate, boolean overdue, String payLink) {
        String day = BsDate.fromGregorian(dueDate).longForm(Language.NE) + " (" + isoDate(dueDate) + ")";
        String pay = payLink == null ? "" : " Khalti वा eSewa बाट तिर्नुहोस्: " + payLink;
        if (overdue) {
            return "सम्झना: अर्डर %s को %s %s देखि म्याद नाघेर बाँकी छ। कृपया चाँडो भुक्तानी गर्नुहोस्।%s"
                    .formatted(orderNumber, rs(balance), day, pay);
        }
        return "सम्झना: अर्डर %s को %s %s भित्र तिर्नुपर्ने छ।%s".formatted(orderNumber, rs(balance), day, pay);
    }

    @Override
    public String placeAgain(String orderNumber) {
        return "अर्डर %s अब अगाडि बढ्न सक्छ: फेरि राख्न YES (हो) लेख्नुहोस्।".formatted(orderNumber);
    }

    @Override
    public String creditHold(String orderNumber, Money total, Money toRelease, String payLink) {
        return "अर्डर %s (%s) रोकिएको छ: यो तपाईंको उपलब्ध उधारोभन्दा %s बढी भयो। बाँकी तिरेपछि ठाउँ बन्छ; अनि फेरि राख्न YES (हो) लेख्नुहोस्।%s"
                .formatted(orderNumber, NepaliAmounts.rupeesLatinDigits(total), NepaliAmounts.rupeesLatinDigits(toRelease),
                        payLink == null ? "" : " हिसाब र Khalti वा eSewa: " + payLink);
    }

    @Override
    public String repeatSuggestion(List<RepeatItem> items) {
        StringBuilder text = new StringBuilder("फेरि अर्डर गर्ने बेला भयो?");
        for (RepeatItem item : items) {
            text.append("\n• %s: तपाईं प्रायः हरेक %d दिनमा %s %s मगाउनुहुन्छ; पछिल्लो पटक %d दिन अघि".formatted(
                    item.name(), item.usualDays(), item.quantity(), item.unit(), item.daysSince()));
        }
        return text.append("\nपछिल्लो अर्डर फेरि चाहिए \"pahila jastai\" लेख्नुहोस्, वा सूची पठाउनुहोस्।"
                + " यस्ता सुझाव नचाहिए \"stop\" लेख्नुहोस्।").toString();
    }

    @Override
    public String monthlyStatement(String vendorName, String monthName, Money opening, Money delivered, Money paid,
                                   Money closing, String link) {
        return "%s सँग %s को हिसाब: अघिल्लो बाँकी %s, डेलिभर %s, भुक्तानी %s, बाँकी %s।%s".formatted(vendorName, monthName,
                NepaliAmounts.rupeesLatinDigits(opening), NepaliAmounts.rupeesLatinDigits(delivered),
                NepaliAmounts.rupeesLatinDigits(paid), NepaliAmounts.rupeesLatinDigits(closing),
                link == null ? "" : " PDF: " + link);
    }

    @Override
    public String invoiceIssued(String invoiceNumber, String orderNumber, Money total, String link) {
        return "अर्डर %s को बीजक %s: %s।%s".formatted(orderNumber, invoiceNumber, NepaliAmounts.rupeesLatinDigits(total),
                link == null ? "" : " PDF: " + link);
    }

    @Override
    public String creditNoteIssued(String creditNoteNumber, String invoiceNumber, String orderNumber, Money total,
                                   String link) {
        return "बीजक %s (अर्डर %s) मा क्रेडिट नोट %s: %s फिर्ता।%s".formatted(invoiceNumber, orderNumber, creditNoteNumber,
                NepaliAmounts.rupeesLatinDigits(total), link == null ? "" : " PDF: " + link);
    }

    @Override
    public String paymentReceipt(String gateway, Money amount, Map<String, Money> shares, Money held) {
        StringBuilder text = new StringBuilder("रसिद: %s बाट %s भुक्तानी प्राप्त भयो।".formatted(gateway,
                NepaliAmounts.rupeesLatinDigits(amount)));
        shares.forEach((order, share) -> text.append(" अर्डर %s: %s।".formatted(order, NepaliAmounts.rupeesLatinDigits(share))));
        if (held.isPositive()) {
            text.append(" %s तपाईंको खातामा जम्मा छ; अर्को अर्डरमा मिलाइन्छ वा फिर्ता गरिन्छ।".formatted(
                    NepaliAmounts.rupeesLatinDigits(held)));
        }
        return text.toString();
    }

    @Override
    public String heldApplied(Money amount, Map<String, Money> shares, Money stillHeld) {
        StringBuilder text = new StringBuilder("तपाईंको खातामा जम्मा %s बाँकीमा मिलाइयो।".formatted(
                NepaliAmounts.rupeesLatinDigits(amount)));
        shares.forEach((order, share) -> text.append(" अर्डर %s: %s।".formatted(order, NepaliAmounts.rupeesLatinDigits(share))));
        if (stillHeld.isPositive()) {
            text.append(" अझै %s जम्मा छ।".formatted(NepaliAmounts.rupeesLatinDigits(stillHeld)));
        }
        return text.toString();
    }

    private static String rs(Money money) {
        return "रु " + amount(money);
    }
}
