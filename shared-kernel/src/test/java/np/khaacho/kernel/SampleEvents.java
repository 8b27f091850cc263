package np.khaacho.kernel;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditAccountOpened;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditReleased;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.credit.CreditReservationAdjusted;
import np.khaacho.kernel.credit.CreditReservationDeclined;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.credit.CreditTermsChanged;
import np.khaacho.kernel.demand.DemandLost;
import np.khaacho.kernel.demand.LostDemandCause;
import np.khaacho.kernel.demand.SuggestionsStopped;
import np.khaacho.kernel.invoice.AccessKind;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceAccessed;
import np.khaacho.kernel.invoice.InvoiceCredited;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceId;
import np.khaacho.kernel.invoice.InvoiceIssued;
import np.khaacho.kernel.invoice.InvoiceLine;
import np.khaacho.kernel.invoice.InvoiceMoment;
import np.khaacho.kernel.invoice.InvoiceNumberTaken;
import np.khaacho.kernel.invoice.InvoiceReportedToTaxOffice;
import np.khaacho.kernel.invoice.InvoiceTotals;
import np.khaacho.kernel.invoice.TaxOfficeState;
import np.khaacho.kernel.invoice.TaxParty;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.order.CancelledBy;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderAwaitingVendor;
import np.khaacho.kernel.order.OrderCancelled;
import np.khaacho.kernel.order.OrderConfirmed;
import np.khaacho.kernel.order.OrderDeclined;
import np.khaacho.kernel.order.OrderDelivered;
import np.khaacho.kernel.order.OrderDispatched;
import np.khaacho.kernel.order.OrderDraftDiscarded;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderExpired;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderOverdue;
import np.khaacho.kernel.order.OrderPaid;
import np.khaacho.kernel.order.OrderPartiallyConfirmed;
import np.khaacho.kernel.order.OrderPaymentRecorded;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.OrderRejected;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.order.PaymentMethod;
import np.khaacho.kernel.order.PaymentReminded;
import np.khaacho.kernel.order.VendorReminded;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.BuyerPanSet;
import np.khaacho.kernel.party.BuyerRegistered;
import np.khaacho.kernel.party.LanguageChosen;
import np.khaacho.kernel.party.OperatorTokenIssued;
import np.khaacho.kernel.party.StaffId;
import np.khaacho.kernel.party.StaffRegistered;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.party.VendorRegistered;
import np.khaacho.kernel.party.VendorTaxProfileSet;
import np.khaacho.kernel.payment.PaymentAccountId;
import np.khaacho.kernel.payment.PaymentGateway;
import np.khaacho.kernel.payment.PaymentReceived;
import np.khaacho.kernel.payment.PaymentShare;
import np.khaacho.kernel.payment.UnappliedCreditApplied;
import np.khaacho.kernel.payment.UnappliedCreditRefunded;
import np.khaacho.kernel.payment.UnappliedReason;
import np.khaacho.kernel.pricing.ListPriceSet;
import np.khaacho.kernel.pricing.PriceListCreated;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.kernel.pricing.PriceListKind;
import np.khaacho.kernel.pricing.PriceListTermsChanged;
import np.khaacho.kernel.pricing.PriceTier;
import np.khaacho.kernel.pricing.PricedBy;
import np.khaacho.kernel.product.ProductDelisted;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductDetailsUpdated;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductPriceChanged;
import np.khaacho.kernel.reading.CorrectedBy;
import np.khaacho.kernel.reading.ReadingCorrected;
import np.khaacho.kernel.stock.StockAdjusted;
import np.khaacho.kernel.stock.StockCommitted;
import np.khaacho.kernel.stock.StockId;
import np.khaacho.kernel.stock.StockReceived;
import np.khaacho.kernel.stock.StockReleased;
import np.khaacho.kernel.stock.StockReservationAdjusted;
import np.khaacho.kernel.stock.StockReservationDeclined;
import np.khaacho.kernel.stock.StockReserved;
import np.khaacho.kernel.whatsapp.WhatsAppMessageReceived;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One fixed example of every event, for pinning the JSON shape events are stored in. */
final class SampleEvents {

    static final BuyerId BUYER = BuyerId.of("buyer-11111111-1111-1111-1111-111111111111");
    static final VendorId VENDOR = VendorId.of("vendor-22222222-2222-2222-2222-222222222222");
    static final StaffId STAFF = StaffId.of("staff-33333333-3333-3333-3333-333333333333");
    static final ProductId PRODUCT = ProductId.of("product-44444444-4444-4444-4444-444444444444");
    static final StockId STOCK = StockId.of(PRODUCT);
    static final CreditAccountId ACCOUNT = CreditAccountId.of(BUYER);
    static final OrderId ORDER = OrderId.of("order-55555555-5555-5555-5555-555555555555");
    static final ProductDetails DETAILS = new ProductDetails("Masoor Dal (Red Lentil)", "मसुरो दाल",
            List.of("masoor", "मसुरो"), "pulses", "kg", null);
    static final OrderLine LINE = new OrderLine(PRODUCT, "DAL-MASOOR-KG", "Masoor Dal (Red Lentil)", "kg",
            Quantity.of("1.5"), Money.of("165.00"), Money.of("247.50"));

    private SampleEvents() {
    }

    static List<Object> all() {
        return List.of(
                new BuyerRegistered(BUYER, "+9779841100201", "Shrestha Kirana Pasal", "Ram Bahadur Shrestha",
                        "Kathmandu", "Baneshwor-10"),
                new WhatsAppMessageReceived("SM0123456789abcdef0123456789abcdef", "+9779841100201", BUYER.value(),
                        Instant.parse("2026-11-25T09:15:00Z")),
                new VendorRegistered(VENDOR, "+9779851012301", "Annapurna Khadya Bhandar", "Kathmandu",
                        List.of("Kathmandu", "Lalitpur"), Money.of(5000)),
                new StaffRegistered(STAFF, Role.AUDITOR, "Ram Auditor", "+9779800000002"),
                new OperatorTokenIssued(STAFF.value(), "0b9e6a4e-5d1c-4f0e-9a57-3f3c1b2d4e5f",
                        Instant.parse("2026-11-25T21:15:00Z")),
                new ProductListed(PRODUCT, VENDOR, "DAL-MASOOR-KG", DETAILS, Money.of(165), Quantity.of(1)),
                new ProductDetailsUpdated(PRODUCT, VENDOR, DETAILS, Quantity.of("0.5")),
                new ProductPriceChanged(PRODUCT, VENDOR, Money.of(165), Money.of("170.50")),
                new ProductDelisted(PRODUCT, VENDOR, "out of season"),
                new StockReceived(STOCK, PRODUCT, Quantity.of(100), "opening stock", Quantity.of(100), Quantity.ZERO),
                new StockAdjusted(STOCK, PRODUCT, Quantity.of("-2.5"), "damaged", Quantity.of("97.5"), Quantity.ZERO),
                new StockReserved(STOCK, PRODUCT, ORDER, Quantity.of("1.5"), Quantity.of("97.5"), Quantity.of("1.5")),
                new StockReservationDeclined(STOCK, PRODUCT, ORDER, Quantity.of(200), Quantity.of(96)),
                new StockReleased(STOCK, PRODUCT, ORDER, Quantity.of("1.5"), "order cancelled", Quantity.of("97.5"),
                        Quantity.ZERO),
                new StockCommitted(STOCK, PRODUCT, ORDER, Quantity.of("1.5"), Quantity.of(96), Quantity.ZERO),
                new CreditAccountOpened(ACCOUNT, BUYER, Money.of(150000), PaymentTerms.NET15),
                new CreditTermsChanged(ACCOUNT, BUYER, Money.of(200000), PaymentTerms.NET30, Money.ZERO, Money.ZERO),
                new CreditReserved(ACCOUNT, BUYER, ORDER, Money.of("247.50"), Money.of("247.50"), Money.ZERO),
                new CreditReservationDeclined(ACCOUNT, BUYER, ORDER, Money.of(300000), Money.of(150000),
                        "CREDIT_LIMIT_EXCEEDED"),
                new CreditReleased(ACCOUNT, BUYER, ORDER, Money.of("247.50"), "order cancelled", Money.ZERO, Money.ZERO),
                new CreditCharged(ACCOUNT, BUYER, ORDER, Money.of("247.50"), Money.of("247.50"), Money.ZERO,
                        Money.of("247.50")),
                new CreditRepaid(ACCOUNT, BUYER, "payment-1", ORDER, Money.of(100), Money.ZERO, Money.of("147.50")),
                new OrderPlaced(ORDER, new OrderHeader("KH-001000", BUYER, VENDOR, "Baneshwor-10", "before noon"),
                        List.of(LINE), Money.of("247.50"), PaymentTerms.NET15),
                new OrderConfirmed(ORDER, VENDOR, LocalDate.of(2026, 12, 1)),
                new OrderRejected(ORDER, VENDOR, "no truck this week"),
                new OrderCancelled(ORDER, BUYER, CancelledBy.BUYER, "ordered twice", OrderStatus.PLACED),
                new OrderDispatched(ORDER, List.of(LINE)),
                new OrderDelivered(ORDER, BUYER, Money.of("247.50"), PaymentTerms.NET15, LocalDate.of(2026, 12, 16)),
                new OrderPaymentRecorded(ORDER, BUYER, "payment-1", Money.of(100), PaymentMethod.CASH, Money.of(100),
                        Money.of("147.50")),
                new OrderPaid(ORDER, BUYER, Money.of("247.50")),
                new OrderDrafted(ORDER, new OrderHeader("KH-001000", BUYER, VENDOR, "Baneshwor-10", null),
                        List.of(LINE), Money.of("247.50"), PaymentTerms.NET15, "SM0123456789abcdef",
                        new BigDecimal("0.92"), "ne"),
                new OrderDraftDiscarded(ORDER, BUYER, "SM0123456789abcdef", "replaced by a correction"),
                new OrderDeclined(ORDER, BUYER, VENDOR, "INSUFFICIENT_STOCK", "some lines are short",
                        List.of("DAL-MASOOR-KG: 1.5 requested, 1 available")),
                new OrderAwaitingVendor(ORDER, BUYER, VENDOR, Money.of("247.50"), Instant.parse("2026-11-25T14:00:00Z")),
                new VendorReminded(ORDER, VENDOR, Instant.parse("2026-11-25T18:00:00Z")),
                new OrderExpired(ORDER, BUYER, VENDOR, OrderStatus.AWAITING_VENDOR, "the vendor did not answer"),
                new OrderPartiallyConfirmed(ORDER, BUYER, VENDOR, LocalDate.of(2026, 12, 1),
                        List.of(new OrderLine(PRODUCT, "DAL-MASOOR-KG", "Masoor Dal (Red Lentil)", "kg",
                                Quantity.of(1), Money.of("165.00"), Money.of("165.00"),
                                new PricedBy(PRICE_LIST, "wholesale-large", PriceListKind.GROUP, Quantity.of(1)))),
                        List.of(new LineChange(PRODUCT, "DAL-MASOOR-KG", "Masoor Dal (Red Lentil)", Quantity.of("1.5"),
                                Quantity.of(1))), Money.of("247.50"), Money.of("165.00")),
                new PaymentReminded(ORDER, BUYER, LocalDate.of(2026, 12, 16), Money.of("147.50"), true),
                new OrderOverdue(ORDER, BUYER, LocalDate.of(2026, 12, 16), Money.of("147.50")),
                new StockReservationAdjusted(STOCK, PRODUCT, ORDER, Quantity.of("1.5"), Quantity.of(1), Quantity.of(96),
                        Quantity.of(1)),
                new CreditReservationAdjusted(ACCOUNT, BUYER, ORDER, Money.of("247.50"), Money.of("165.00"),
                        Money.of("165.00"), Money.ZERO),
                new VendorTaxProfileSet(VENDOR, "301234567", true, true, InvoiceMoment.DELIVERY),
                new BuyerPanSet(BUYER, "609876543"),
                new LanguageChosen(VENDOR.value(), "ne"),
                new InvoiceNumberTaken("invoice-book:" + VENDOR + ":2082/83:INVOICE", VENDOR, "2082/83",
                        DocumentKind.INVOICE, 1, "2082/83-00001", INVOICE),
                new InvoiceIssued(INVOICE, ORDER, VENDOR, BUYER, null, Instant.parse("2025-12-03T08:15:00Z"), DOCUMENT),
                new InvoiceAccessed(INVOICE, AccessKind.PRINT, "system", 0),
                new InvoiceCredited(INVOICE, CREDIT_NOTE, List.of(INVOICE_LINE)),
                new InvoiceReportedToTaxOffice(INVOICE, TaxOfficeState.RETRYING, "102: exception while saving bill details"),
                new PaymentReceived(PaymentAccountId.of(BUYER), BUYER, "payment-88888888-8888-8888-8888-888888888888",
                        Money.of("397.50"), PaymentMethod.WALLET, PaymentGateway.KHALTI, "GFq9PFS7b2iYvL8Lir9oXe",
                        List.of(new PaymentShare(ORDER, Money.of("147.50"))), Money.of("250.00"),
                        UnappliedReason.MORE_THAN_OWED, Money.of("250.00")),
                new UnappliedCreditRefunded(PaymentAccountId.of(BUYER), BUYER,
                        "refund-99999999-9999-9999-9999-999999999999", Money.of("250.00"), "paid back by bank transfer",
                        Money.ZERO),
                new UnappliedCreditApplied(PaymentAccountId.of(BUYER), BUYER,
                        "held-on-delivery|order-55555555-5555-5555-5555-555555555555", Money.of("150.00"),
                        List.of(new PaymentShare(ORDER, Money.of("150.00"))), Money.of("100.00")),
                new PriceListCreated(PRICE_LIST, VENDOR, "wholesale-large", PriceListKind.GROUP, List.of(BUYER),
                        LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31)),
                new PriceListTermsChanged(PRICE_LIST, VENDOR, "wholesale-large (winter)", List.of(BUYER), null,
                        LocalDate.of(2027, 2, 28)),
                new ListPriceSet(PRICE_LIST, VENDOR, PRODUCT, List.of(),
                        List.of(new PriceTier(Quantity.of(1), Money.of("160.00")),
                                new PriceTier(Quantity.of(10), Money.of("155.50")))),
                new DemandLost(ORDER.value() + "|" + PRODUCT.value() + "|CUT_BY_VENDOR", LostDemandCause.CUT_BY_VENDOR,
                        BUYER, VENDOR, PRODUCT, "DAL-MASOOR-KG", "Masoor Dal (Red Lentil)", Quantity.of("0.5"),
                        Money.of("165.00"), Money.of("82.50"), ORDER),
                new SuggestionsStopped(BUYER),
                new ReadingCorrected(ORDER.value() + "|" + PRODUCT.value(), BUYER, "dal", PRODUCT,
                        ProductId.of("product-99999999-9999-9999-9999-999999999999"), "DAL-MOONG-KG", CorrectedBy.VENDOR,
                        ORDER, "SM00000000000000000000000000000001"));
    }

    static final PriceListId PRICE_LIST = PriceListId.of("pricelist-88888888-8888-8888-8888-888888888888");

    static final InvoiceId INVOICE = InvoiceId.of("invoice-66666666-6666-6666-6666-666666666666");
    static final InvoiceId CREDIT_NOTE = InvoiceId.of("invoice-77777777-7777-7777-7777-777777777777");
    static final InvoiceLine INVOICE_LINE = new InvoiceLine("DAL-MASOOR-KG", "Masoor Dal (Red Lentil)", "मसुरो दाल", "kg",
            Quantity.of("1.5"), Money.of("165.00"), Money.of("247.50"), VatClass.EXEMPT);
    static final InvoiceDocument DOCUMENT = new InvoiceDocument(DocumentKind.INVOICE, true, "2082/83-00001", "2082/83",
            LocalDate.of(2025, 12, 3), "KH-001234", new TaxParty("Annapurna Khadya Bhandar", "Kathmandu", "301234567"),
            new TaxParty("Shrestha Kirana Pasal", "Baneshwor-10, Kathmandu", "609876543"), List.of(INVOICE_LINE),
            new InvoiceTotals(Money.ZERO, Money.of("247.50"), Money.ZERO, Money.of("247.50")), "NET15 2025-12-18", null,
            null, 0);
}
