package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.product.ProductId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTextsTest {

    private static final String ORDER = "KH-001234";

    private static final String LINK = "https://khaacho.example.np/v1/shared/invoices/invoice-1?lang=en&expires=1&sig=x";
    private static final NotificationTexts EN = NotificationTexts.in("en");
    private static final NotificationTexts NE = NotificationTexts.in("ne");
    private static final Money TOTAL = Money.of("7297.50");
    private static final LocalDate DELIVERY = LocalDate.of(2026, 12, 1);
    // 19:45 in Kathmandu (UTC+05:45)
    private static final Instant RESPOND_BY = Instant.parse("2026-11-25T14:00:00Z");
    private static final List<LineChange> CHANGES = List.of(
            new LineChange(ProductId.derivedFrom("dal"), "DAL-MASOOR-KG", "Masoor Dal (Red Lentil)",
                    Quantity.of("1.5"), Quantity.of(1)),
            new LineChange(ProductId.derivedFrom("sugar"), "SUGAR-KG", "Sugar", Quantity.of(5), Quantity.ZERO));

    @Test
    void picksNepaliForNepaliLanguageCodesAndEnglishForEverythingElse() {
        assertThat(NotificationTexts.in("ne").language()).isEqualTo("ne");
        assertThat(NotificationTexts.in("NE").language()).isEqualTo("ne");
        assertThat(NotificationTexts.in("ne-Latn").language()).isEqualTo("ne");
        assertThat(NotificationTexts.in("en").language()).isEqualTo("en");
        assertThat(NotificationTexts.in("hi").language()).isEqualTo("en");
        assertThat(NotificationTexts.in(null).language()).isEqualTo("en");
    }

    @Test
    void writesAmountsWithThousandsGroupedAndTwoDecimals() {
        assertThat(Formats.amount(TOTAL)).isEqualTo("7,297.50");
        assertThat(Formats.amount(Money.of("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(Formats.amount(Money.of(500))).isEqualTo("500.00");
        assertThat(Formats.amount(Money.ZERO)).isEqualTo("0.00");
        assertThat(EN.orderPlaced(ORDER, TOTAL)).contains("NPR 7,297.50");
        assertThat(NE.orderPlaced(ORDER, TOTAL)).contains("रु 7,297.50");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyKindHasAShortTextNamingTheOrderInEachLanguage(NotificationKind kind, String language) {
        NotificationTexts texts = NotificationTexts.in(language);
        String body = sample(texts, kind);
        assertThat(body).contains(ORDER).doesNotContain("null").hasSizeLessThan(400);
        if (language.equals("ne")) {
            assertThat(body).as("written in Devanagari").containsPattern("[\\u0900-\\u097F]");
        } else {
            assertThat(body).doesNotContainPattern("[\\u0900-\\u097F]");
        }
    }

    @Test
    void orderPlacedSaysStockAndCreditAreBeingChecked() {
        assertThat(EN.orderPlaced(ORDER, TOTAL)).isEqualTo(
                "Order KH-001234 received. Total: NPR 7,297.50. We are checking stock and credit and will update you"
                        + " shortly.");
        assertThat(NE.orderPlaced(ORDER, TOTAL)).contains("KH-001234", "रु 7,297.50", "स्टक", "उधारो");
    }

    @Test
    void declineGivesTheReasonAndTheShortLinesButNotMachineCodes() {
        List<String> details = List.of("RICE-JEERA-25KG: 3 requested, 1 available", "SUGAR-KG: 5 requested, 0 available");
        assertThat(EN.orderDeclined(ORDER, "INSUFFICIENT_STOCK", "not enough stock for some lines", details))
                .isEqualTo("""
                        Sorry, order KH-001234 cannot go ahead: not enough stock for some lines.
                        • RICE-JEERA-25KG: 3 requested, 1 available
                        • SUGAR-KG: 5 requested, 0 available""");
        assertThat(NE.orderDeclined(ORDER, "INSUFFICIENT_STOCK", "not enough stock for some lines", details))
                .contains("केही सामानको स्टक पुगेन", "\n• RICE-JEERA-25KG: 3 requested, 1 available");

        String credit = EN.orderDeclined(ORDER, "CREDIT_DECLINED",
                "the order total NPR 9000.00 is more than the available credit NPR 5000.00",
                List.of("CREDIT_LIMIT_EXCEEDED"));
        assertThat(credit).contains("more than the available credit").doesNotContain("CREDIT_LIMIT_EXCEEDED");
        assertThat(NE.orderDeclined(ORDER, "CREDIT_DECLINED", "whatever", List.of("CREDIT_LIMIT_EXCEEDED")))
                .contains("उधारो स्वीकृत हुन सकेन").doesNotContain("CREDIT_LIMIT_EXCEEDED");
        assertThat(NE.orderDeclined(ORDER, "SOMETHING_NEW", "a reason nobody translated", List.of()))
                .contains("a reason nobody translated");
    }

    @Test
    void askTheVendorToAnswerByNepalTime() {
        assertThat(EN.orderAwaitingVendor(ORDER, "Shrestha Kirana Pasal", TOTAL, RESPOND_BY)).isEqualTo(
                "New order KH-001234 from Shrestha Kirana Pasal. Total: NPR 7,297.50. Please confirm or reject by"
                        + " 25 Nov 2026, 19:45 (Nepal time).");
        assertThat(NE.orderAwaitingVendor(ORDER, "Shrestha Kirana Pasal", TOTAL, RESPOND_BY))
                .contains("Shrestha Kirana Pasal", "रु 7,297.50", "2026-11-25 19:45");
        assertThat(EN.vendorReminded(ORDER, RESPOND_BY)).startsWith("Reminder:").contains("25 Nov 2026, 19:45");
        assertThat(NE.vendorReminded(ORDER, RESPOND_BY)).startsWith("सम्झना:").contains("2026-11-25 19:45");
    }

    @Test
    void confirmationNamesTheVendorAndTheDeliveryDate() {
        assertThat(EN.orderConfirmed(ORDER, "Bhatbhateni Wholesale", DELIVERY))
                .isEqualTo("Good news! Bhatbhateni Wholesale confirmed order KH-001234. Delivery on 1 Dec 2026.");
        assertThat(NE.orderConfirmed(ORDER, "Bhatbhateni Wholesale", DELIVERY))
                .contains("Bhatbhateni Wholesale", "2026-12-01");
    }

    @Test
    void partialConfirmationListsEveryChangedLineAndTheNewTotal() {
        assertThat(EN.orderPartiallyConfirmed(ORDER, DELIVERY, CHANGES, Money.of("165.00"))).isEqualTo("""
                Order KH-001234 is partly confirmed. Delivery on 1 Dec 2026.
                Changes:
                • Masoor Dal (Red Lentil): 1.5 → 1
                • Sugar: 5 → dropped
                New total: NPR 165.00""");
        assertThat(NE.orderPartiallyConfirmed(ORDER, DELIVERY, CHANGES, Money.of("165.00")))
                .contains("2026-12-01", "\n• Masoor Dal (Red Lentil): 1.5 → 1", "\n• Sugar: 5 → हटाइयो",
                        "रु 165.00");
    }

    @Test
    void aReasonIsShownOnlyWhenThereIsOne() {
        assertThat(EN.orderRejected(ORDER, "no truck this week")).endsWith("Reason: no truck this week");
        assertThat(NE.orderRejected(ORDER, "no truck this week")).endsWith("कारण: no truck this week");
        assertThat(EN.orderCancelled(ORDER, null)).isEqualTo("Order KH-001234 has been cancelled.");
        assertThat(NE.orderCancelled(ORDER, " ")).isEqualTo("अर्डर KH-001234 रद्द गरियो।");
        assertThat(EN.orderCancelledForVendor(ORDER, "Shrestha Kirana Pasal", "ordered twice"))
                .contains("Shrestha Kirana Pasal", "do not deliver", "Reason: ordered twice");
    }

    @Test
    void anExpiredDraftIsCalledUnconfirmedAndAnUnansweredOrderBlamesNoOne() {
        assertThat(EN.orderExpired(ORDER, OrderStatus.DRAFTED)).startsWith("Your unconfirmed order KH-001234 has expired");
        assertThat(NE.orderExpired(ORDER, OrderStatus.DRAFTED)).contains("पुष्टि नगरेको");
        assertThat(EN.orderExpired(ORDER, OrderStatus.AWAITING_VENDOR)).contains("the vendor did not answer in time");
        assertThat(NE.orderExpired(ORDER, OrderStatus.AWAITING_VENDOR)).contains("विक्रेताले समयमा जवाफ नदिएकाले");
        assertThat(EN.orderExpired(ORDER, OrderStatus.PLACED)).isEqualTo(
                "Order KH-001234 has expired. Please order again if you still need the goods.");
        assertThat(EN.orderExpiredForVendor(ORDER)).contains("has expired");
    }

    @Test
    void deliveryAsksForCashOnCodAndForPaymentByTheDueDateOnCredit() {
        assertThat(EN.orderDelivered(ORDER, TOTAL, PaymentTerms.COD, null))
                .isEqualTo("Order KH-001234 delivered. Total: NPR 7,297.50. Please pay cash on delivery.");
        assertThat(EN.orderDelivered(ORDER, TOTAL, PaymentTerms.NET15, LocalDate.of(2026, 12, 16)))
                .isEqualTo("Order KH-001234 delivered. Total: NPR 7,297.50. Please pay by 16 Dec 2026.");
        assertThat(EN.orderDelivered(ORDER, TOTAL, PaymentTerms.NET7, null)).endsWith("Please pay within 7 days.");
        assertThat(NE.orderDelivered(ORDER, TOTAL, PaymentTerms.COD, null)).contains("नगद");
        assertThat(NE.orderDelivered(ORDER, TOTAL, PaymentTerms.NET15, LocalDate.of(2026, 12, 16)))
                .contains("2026-12-16").doesNotContain("नगद");
    }

    @Test
    void paymentsGiveTheAmountAndWhatRemains() {
        assertThat(EN.paymentReceived(ORDER, Money.of(3000), Money.of("4297.50"))).isEqualTo(
                "Payment of NPR 3,000.00 received for order KH-001234. Remaining balance: NPR 4,297.50.");
        assertThat(NE.paymentReceived(ORDER, Money.of(3000), Money.of("4297.50")))
                .contains("रु 3,000.00", "बाँकी: रु 4,297.50");
        assertThat(EN.orderPaid(ORDER, TOTAL)).isEqualTo("Thank you! Order KH-001234 is fully paid (NPR 7,297.50).");
        assertThat(NE.orderPaid(ORDER, TOTAL)).startsWith("धन्यवाद!").contains("रु 7,297.50");
    }

    @Test
    void aReminderGivesTheDueDateOrSaysSinceWhenItIsOverdue() {
        LocalDate due = LocalDate.of(2026, 12, 16);
        // 16 Dec 2026 is 1 Poush 2083 BS
        assertThat(EN.paymentReminder(ORDER, Money.of("147.50"), due, false, null))
                .isEqualTo("Reminder: NPR 147.50 for order KH-001234 is due by 1 Poush 2083 (16 Dec 2026).");
        assertThat(EN.paymentReminder(ORDER, Money.of("147.50"), due, true, null))
                .contains("overdue since 1 Poush 2083 (16 Dec 2026)");
        assertThat(NE.paymentReminder(ORDER, Money.of("147.50"), due, false, null))
                .contains("१ पुस २०८३", "2026-12-16", "रु 147.50").doesNotContain("नाघेर");
        assertThat(NE.paymentReminder(ORDER, Money.of("147.50"), due, true, null)).contains("(2026-12-16) देखि म्याद नाघेर");
        assertThat(EN.paymentReminder(ORDER, Money.of("147.50"), due, true, LINK)).endsWith("Khalti or eSewa: " + LINK);
        assertThat(NE.paymentReminder(ORDER, Money.of("147.50"), due, false, LINK)).contains("Khalti वा eSewa", LINK);
    }

    @Test
    void anInvoiceMessageNamesItsNumberAndTotalTheNepaliWayAndLinksItsPdf() {
        Money total = Money.of("123456.50");
        assertThat(EN.invoiceIssued("2082/83-00001", ORDER, total, LINK))
                .isEqualTo("Invoice 2082/83-00001 for order KH-001234: Rs 1,23,456.50. PDF: " + LINK);
        assertThat(NE.invoiceIssued("2082/83-00001", ORDER, total, LINK))
                .contains("2082/83-00001", "KH-001234", "रु 1,23,456.50", LINK);
        assertThat(EN.invoiceIssued("2082/83-00001", ORDER, total, null)).doesNotContain("PDF");
        assertThat(EN.creditNoteIssued("CN-2082/83-00002", "2082/83-00001", ORDER, Money.of("1180.00"), LINK))
                .contains("CN-2082/83-00002", "2082/83-00001", "Rs 1,180.00", LINK);
        assertThat(NE.creditNoteIssued("CN-2082/83-00002", "2082/83-00001", ORDER, Money.of("1180.00"), null))
                .contains("क्रेडिट नोट", "रु 1,180.00").doesNotContain("PDF");
    }

    @Test
    void anOrderHeldForCreditSaysWhatToPayToReleaseItAndLinksThePayPage() {
        assertThat(EN.creditHold(ORDER, Money.of("5170"), Money.of("2170"), LINK))
                .isEqualTo("Order KH-001234 (Rs 5,170.00) is on hold: it is Rs 2,170.00 more than your credit available. "
                        + "Paying what you owe makes room for it; then reply YES to place it again. Your khata and "
                        + "Khalti or eSewa: " + LINK);
        assertThat(EN.placeAgain(ORDER)).isEqualTo("Order KH-001234 can go ahead now: reply YES to place it again.");
        assertThat(NE.placeAgain(ORDER)).contains(ORDER, "YES");
        assertThat(EN.creditHold(ORDER, Money.of("5170"), Money.of("2170"), null)).doesNotContain("Khalti");
        assertThat(NE.creditHold(ORDER, Money.of("5170"), Money.of("2170"), LINK)).contains("रु 2,170.00", "उधारो", LINK);
    }

    @Test
    void aWalletReceiptNamesTheGatewayEachOrdersShareAndWhatIsHeld() {
        Map<String, Money> shares = new java.util.LinkedHashMap<>();
        shares.put("KH-001234", Money.of("123456.50"));
        shares.put("KH-001240", Money.of("1000"));
        assertThat(EN.paymentReceipt("eSewa", Money.of("124706.50"), shares, Money.of(250)))
                .isEqualTo("Receipt: eSewa payment of Rs 1,24,706.50 received. Order KH-001234: Rs 1,23,456.50. "
                        + "Order KH-001240: Rs 1,000.00. Rs 250.00 is held on your account; it is applied to your "
                        + "next orders or paid back.");
        assertThat(EN.paymentReceipt("Khalti", Money.of(1000), Map.of("KH-001234", Money.of(1000)), Money.ZERO))
                .doesNotContain("held");
        assertThat(NE.paymentReceipt("Khalti", Money.of(1250), Map.of(), Money.of(1250)))
                .contains("Khalti", "रु 1,250.00", "खातामा");
    }

    @Test
    void heldMoneyAppliedNamesEachOrdersShareAndWhatIsStillHeld() {
        assertThat(EN.heldApplied(Money.of(1500), Map.of(ORDER, Money.of(1500)), Money.of(250)))
                .isEqualTo("Rs 1,500.00 held on your account went to what you owe. Order KH-001234: Rs 1,500.00. "
                        + "Rs 250.00 is still held.");
        assertThat(EN.heldApplied(Money.of(1500), Map.of(ORDER, Money.of(1500)), Money.ZERO)).doesNotContain("still");
        assertThat(NE.heldApplied(Money.of(1500), Map.of(ORDER, Money.of(1500)), Money.of(250)))
                .contains(ORDER, "रु 1,500.00", "रु 250.00");
    }

    @Test
    void aMonthlyStatementGivesTheMonthsSumsAndLinksThePdf() {
        assertThat(EN.monthlyStatement("Bhatbhateni Wholesale", "Kartik 2082", Money.of("1000"), Money.of("123456.50"),
                Money.of("20000"), Money.of("104456.50"), LINK))
                .isEqualTo("Your statement with Bhatbhateni Wholesale for Kartik 2082: brought forward Rs 1,000.00, "
                        + "delivered Rs 1,23,456.50, paid Rs 20,000.00, balance Rs 1,04,456.50. PDF: " + LINK);
        assertThat(NE.monthlyStatement("Bhatbhateni Wholesale", "कात्तिक २०८२", Money.ZERO, Money.of(500), Money.ZERO,
                Money.of(500), null)).contains("कात्तिक २०८२", "रु 500.00").doesNotContain("PDF");
    }

    @Test
    void aSuggestionNamesEachProductWithItsUsualQuantityAndDaysAndHowToStop() {
        List<NotificationTexts.RepeatItem> items = List.of(
                new NotificationTexts.RepeatItem("Jeera Masino Rice 25 kg", "2", "bag", 10, 12),
                new NotificationTexts.RepeatItem("Masoor Dal", "5", "kg", 14, 17));
        assertThat(EN.repeatSuggestion(items)).isEqualTo("Time to order again?"
                + "\n• Jeera Masino Rice 25 kg: you usually order 2 bag every 10 days; last 12 days ago"
                + "\n• Masoor Dal: you usually order 5 kg every 14 days; last 17 days ago"
                + "\nReply \"same as last time\" to get your last order again, or send a list."
                + " Reply \"stop\" for no more suggestions.");
        assertThat(NE.repeatSuggestion(items)).contains("हरेक 10 दिनमा 2 bag", "12 दिन अघि", "pahila jastai", "stop");
    }

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Arrays.stream(NotificationKind.values()).filter(NotificationKind::aboutAnOrder)
                .flatMap(kind -> Stream.of(Arguments.of(kind, "en"), Arguments.of(kind, "ne")));
    }

    /** Exhaustive: a new kind without a text here does not compile. */
    private static String sample(NotificationTexts texts, NotificationKind kind) {
        return switch (kind) {
            case ORDER_PLACED -> texts.orderPlaced(ORDER, TOTAL);
            case ORDER_DECLINED -> texts.orderDeclined(ORDER, "INSUFFICIENT_STOCK", "not enough stock",
                    List.of("RICE-JEERA-25KG: 3 requested, 1 available"));
            case ORDER_AWAITING_VENDOR -> texts.orderAwaitingVendor(ORDER, "Shrestha Kirana Pasal", TOTAL, RESPOND_BY);
            case VENDOR_REMINDED -> texts.vendorReminded(ORDER, RESPOND_BY);
            case ORDER_CONFIRMED -> texts.orderConfirmed(ORDER, "Bhatbhateni Wholesale", DELIVERY);
            case ORDER_PARTIALLY_CONFIRMED -> texts.orderPartiallyConfirmed(ORDER, DELIVERY, CHANGES, TOTAL);
            case ORDER_REJECTED -> texts.orderRejected(ORDER, "no truck this week");
            case ORDER_EXPIRED -> texts.orderExpired(ORDER, OrderStatus.AWAITING_VENDOR)
                    + texts.orderExpiredForVendor(ORDER);
            case ORDER_CANCELLED -> texts.orderCancelled(ORDER, "ordered twice")
                    + texts.orderCancelledForVendor(ORDER, "Shrestha Kirana Pasal", "ordered twice");
            case ORDER_DISPATCHED -> texts.orderDispatched(ORDER);
            case ORDER_DELIVERED -> texts.orderDelivered(ORDER, TOTAL, PaymentTerms.NET15, DELIVERY.plusDays(15));
            case PAYMENT_RECEIVED -> texts.paymentReceived(ORDER, Money.of(3000), Money.of("4297.50"));
            case PAYMENT_RECEIPT -> texts.paymentReceipt("Khalti", Money.of("7547.50"),
                    Map.of(ORDER, Money.of("7297.50")), Money.of(250));
            case ORDER_PAID -> texts.orderPaid(ORDER, TOTAL);
            case PAYMENT_REMINDER -> texts.paymentReminder(ORDER, TOTAL, DELIVERY, true, LINK);
            case INVOICE_ISSUED -> texts.invoiceIssued("2082/83-00001", ORDER, TOTAL, LINK);
            case CREDIT_NOTE_ISSUED -> texts.creditNoteIssued("CN-2082/83-00001", "2082/83-00001", ORDER, TOTAL, LINK);
            case REPLY, LOGIN_CODE, MONTHLY_STATEMENT, REPEAT_SUGGESTION ->
                    throw new IllegalArgumentException(kind + " is not about an order");
        };
    }
}
