package np.khaacho.command.conversation;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.query.Khata;
import np.khaacho.kernel.query.Statements;
import np.khaacho.kernel.query.OrderHeadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

final class NepaliReplies implements Replies {

    private static final ReorderWords REORDER = new ReorderWords("अर्डर %s जस्तै, आजको मूल्यमा।",
            "कुनै मूल्य फेरिएको छैन।", "त्यसपछि फेरिएको:", NepaliReplies::npr);
    private static final StatementWords STATEMENTS = new StatementWords("%s को हिसाब:",
            "%s को हिसाब: यस महिना केही डेलिभर वा भुक्तानी भएन, बाँकी पनि थिएन।",
            "%s: अघिल्लो बाँकी %s, डेलिभर %s, भुक्तानी %s, बाँकी %s।",
            "अहिलेको बाँकी Khalti वा eSewa बाट तिर्नुहोस्:", NepaliReplies::npr);

    static final NepaliReplies INSTANCE = new NepaliReplies();
    private static final Map<OrderStatus, String> STATUS = Map.ofEntries(
            Map.entry(OrderStatus.DRAFTED, "पुष्टि हुन बाँकी"),
            Map.entry(OrderStatus.PLACED, "जाँच हुँदै"),
            Map.entry(OrderStatus.AWAITING_VENDOR, "पसलेको जवाफ पर्खँदै"),
            Map.entry(OrderStatus.CONFIRMED, "पुष्टि भयो"),
            Map.entry(OrderStatus.DISPATCHED, "बाटोमा"),
            Map.entry(OrderStatus.DELIVERED, "पुग्यो"),
            Map.entry(OrderStatus.PAID, "भुक्तानी भयो"),
            Map.entry(OrderStatus.REJECTED, "अस्वीकार"),
            Map.entry(OrderStatus.CANCELLED, "रद्द"),
            Map.entry(OrderStatus.EXPIRED, "म्याद सकियो"),
            Map.entry(OrderStatus.DECLINED, "लिन सकिएन"),
            Map.entry(OrderStatus.DISCARDED, "हटाइयो"));

    private NepaliReplies() {
    }

    @Override
    public String language() {
        return "ne";
    }

    private static final SummaryWords SUMMARY = new SummaryWords("तपाईंको अर्डर:", "जम्मा", "%s बाट मिलेन: %s", "हामीसँग छैन:",
            "केही पनि अर्डर गर्न सकिएन। कृपया सूची मिलाएर फेरि पठाउनुहोस्।", "कुल जम्मा",
            "पुष्टि गर्न YES वा \"हुन्छ\" लेख्नुहोस्, वा सच्याएको सूची पठाउनुहोस्।", "रु ");

    @Override
    public String summary(List<DraftSummary> drafts, List<Refusal> refusals, List<String> unresolved, Money total) {
        return Replies.summary(SUMMARY, drafts, refusals, unresolved, total);
    }

    @Override
    public String nothingMatched(List<String> unresolved) {
        String missing = unresolved.isEmpty() ? "" : "यी सामान भेटिएनन्: " + String.join(", ", unresolved) + "। ";
        return missing + "कृपया हरेक सामान र परिमाण लेख्नुहोस्, जस्तै \"२ बोरा जीरा मसिनो, १ कार्टुन वाइवाइ\"।";
    }

    @Override
    public String nothingToConfirm() {
        return "पुष्टि गर्न बाँकी कुनै अर्डर छैन। अर्डर गर्न सामानको सूची पठाउनुहोस्।";
    }

    @Override
    public String summaryReplaced() {
        return "त्यो विवरण तपाईंको नयाँ सूचीले बदलियो। पुष्टि गर्न पछिल्लो विवरणमा YES लेख्नुहोस्।";
    }

    @Override
    public String corrected(String was, String now, String words, String product) {
        return "सच्याइयो: " + was + " → " + now + "।" + (words == null ? ""
                : " अबदेखि तपाईंले \"" + words + "\" लेख्दा " + product + " बुझिनेछ।");
    }

    @Override
    public String nothingToCorrect() {
        return "सच्याउन पुष्टि गर्न बाँकी कुनै विवरण छैन। अर्डर गर्न सामानको सूची पठाउनुहोस्।";
    }

    @Override
    public String whichLine(List<String> lines) {
        return "कुन सामान भन्नुभएको? विवरणमा यी छन्: " + String.join(", ", lines)
                + "। जस्तै \"" + (lines.isEmpty() ? "chini" : lines.get(0)) + " bhaneko ...\" लेख्नुहोस्।";
    }

    @Override
    public String correctionNotFound(String right) {
        return "\"" + right + "\" को एउटै सामान भेटिएन। कृपया नाम र साइज लेख्नुहोस्, जस्तै \"Sunflower Oil 1 L\"।";
    }

    @Override
    public String draftsCancelled(List<String> orderNumbers) {
        return "पुष्टि नभएको अर्डर " + String.join(", ", orderNumbers) + " रद्द भयो। केही पठाइने छैन।";
    }

    @Override
    public String nothingToCancel(List<OrderHeadline> confirmed) {
        if (confirmed.isEmpty()) {
            return "रद्द गर्न मिल्ने कुनै अर्डर छैन।";
        }
        return "अर्डर " + confirmed.get(0).orderNumber() + " पसलेले पुष्टि गरिसक्नुभयो, यहाँबाट रद्द गर्न मिल्दैन। "
                + "कृपया खाचोलाई फोन गर्नुहोस्।";
    }

    @Override
    public String status(List<OrderHeadline> orders) {
        if (orders.isEmpty()) {
            return "तपाईंको कुनै अर्डर छैन। अर्डर गर्न सामानको सूची पठाउनुहोस्।";
        }
        StringBuilder text = new StringBuilder("तपाईंका पछिल्ला अर्डर:");
        for (OrderHeadline order : orders) {
            text.append("\n• ").append(order.orderNumber()).append(" (").append(order.vendorName()).append("): ")
                    .append(STATUS.getOrDefault(order.status(), order.status().name())).append(", ")
                    .append(npr(order.totalAmount()));
            if (order.deliveryDate() != null) {
                text.append(", डेलिभरी ").append(order.deliveryDate());
            }
        }
        return text.toString();
    }

    @Override
    public String help() {
        return "नमस्ते! अर्डर गर्न सामानको सूची पठाउनुहोस्, जस्तै \"२ बोरा जीरा मसिनो, १ कार्टुन वाइवाइ\", वा सूचीको फोटो। "
                + "पुष्टि गर्न YES, अर्डरको अवस्था हेर्न STATUS, पछिल्लो अर्डर रद्द गर्न CANCEL लेख्नुहोस्।";
    }

    @Override
    public String unknownPhone() {
        return "नमस्ते! यो नम्बर खाचोमा दर्ता भएको छैन। हाम्रो टोलीले छिट्टै सम्पर्क गरी तपाईंको पसल दर्ता गर्नेछ।";
    }

    @Override
    public String nothingToReorder() {
        return "दोहोर्याउने अघिल्लो अर्डर छैन। अर्डर गर्न सामानको सूची पठाउनुहोस्।";
    }

    @Override
    public String suggestionsStopped() {
        return "हुन्छ: अब फेरि अर्डर गर्ने सुझाव आउँदैन। तपाईंका अर्डर र तिनका खबर पहिले जस्तै आउँछन्।";
    }

    @Override
    public String reorderIntro(String orderNumber, List<PriceChange> changes) {
        return Replies.reorderIntro(REORDER, orderNumber, changes);
    }

    @Override
    public String statements(Statements statements, Map<String, String> links, String payLink) {
        return Replies.statements(STATEMENTS, statements.month().displayName(Language.NE), statements, links, payLink);
    }

    @Override
    public String khata(Khata khata, String payLink) {
        StringBuilder text = new StringBuilder();
        if (khata.vendors().isEmpty()) {
            text.append("तपाईंको हिसाब: अहिले केही बाँकी छैन।");
        } else {
            text.append("तपाईंको हिसाब: ").append(npr(khata.owed())).append(" बाँकी।");
            for (Khata.VendorDues vendor : khata.vendors()) {
                text.append("\n\n").append(vendor.vendorName()).append(": ").append(npr(vendor.owed()));
                for (Khata.Due due : vendor.orders()) {
                    text.append("\n• ").append(due.orderNumber()).append(" ").append(npr(due.balance()));
                    if (due.dueDate() != null) {
                        text.append(", ").append(BsDate.fromGregorian(due.dueDate()).longForm(Language.NE))
                                .append(due.overdue() ? " देखि म्याद नाघेको" : " सम्म तिर्नुपर्ने");
                    } else {
                        text.append(", डेलिभरीमा नगद");
                    }
                }
            }
        }
        if (!khata.lastPayments().isEmpty()) {
            text.append("\n\nपछिल्ला भुक्तानी:");
            for (Khata.Paid paid : khata.lastPayments()) {
                LocalDate day = paid.at().atZone(BsDate.NEPAL).toLocalDate();
                text.append("\n• ").append(BsDate.fromGregorian(day).longForm(Language.NE)).append(": ")
                        .append(npr(paid.amount())).append(" (")
                        .append(paid.gateway() != null ? ReplyFormats.gateway(paid.gateway()) : method(paid.method()))
                        .append(")");
            }
        }
        if (khata.available() != null) {
            text.append("\n\nउपलब्ध उधारो: ").append(npr(khata.available())).append(" (सीमा ")
                    .append(npr(khata.creditLimit())).append(")।");
        }
        if (khata.held().isPositive()) {
            text.append("\nखातामा जम्मा: ").append(npr(khata.held())).append("।");
        }
        if (payLink != null && khata.owed().isPositive()) {
            text.append("\n\nKhalti वा eSewa बाट तिर्नुहोस्: ").append(payLink);
        }
        text.append("\n\nकुनै महिनाको हिसाब: जस्तै \"कात्तिकको हिसाब\" वा \"गत महिनाको हिसाब\" लेख्नुहोस्।");
        return text.toString();
    }

    private static String method(String method) {
        return switch (method) {
            case "CASH" -> "नगद";
            case "BANK" -> "बैंक";
            default -> "वालेट";
        };
    }

    @Override
    public String notABuyer() {
        return "यो नम्बर खाचोको पसले वा कर्मचारी खाताको हो। कृपया खाचो पोर्टल प्रयोग गर्नुहोस्।";
    }

    @Override
    public String photoUnreadable(String reason) {
        return "माफ गर्नुहोस्, फोटो पढ्न सकिएन (" + reason + ")। कृपया अझ प्रस्ट फोटो पठाउनुहोस् वा सूची टाइप गर्नुहोस्।";
    }

    @Override
    public String slowDown(int limit, long minutes) {
        return "तपाईंले धेरै छिटो सन्देश पठाउँदै हुनुहुन्छ। एउटा नम्बरबाट " + minutes + " मिनेटमा " + limit
                + " वटासम्म सन्देश मात्र पढिन्छ; कृपया केही बेर पर्खेर आफ्नो अर्डर एउटै सन्देशमा फेरि पठाउनुहोस्।";
    }

    @Override
    public String failed() {
        return "माफ गर्नुहोस्, तपाईंको सन्देशमा समस्या आयो। कृपया केही बेरपछि फेरि पठाउनुहोस्।";
    }

    private static String npr(Money money) {
        return "रु " + ReplyFormats.amount(money);
    }
}
