package np.khaacho.command.order;

import np.khaacho.command.order.OrderingTerms.BuyerTerms;
import np.khaacho.command.order.OrderingTerms.ProductTerms;
import np.khaacho.command.order.OrderingTerms.VendorTerms;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.DraftOrder;
import np.khaacho.kernel.order.OrderDrafted;
import np.khaacho.kernel.order.OrderHeader;
import np.khaacho.kernel.order.OrderItem;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.order.OrderPlaced;
import np.khaacho.kernel.order.PlaceOrder;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a {@link PlaceOrder} or a {@link DraftOrder} may become an order, and prices its
 * lines. A draft passes the same rules as a placement, so a confirmed draft never turns out
 * unorderable. A refusal lists every problem of the lines at once, so the buyer can fix them in one go.
 */
final class OrderPlacementRules {

    private static final int MAX_LINES = 100;
    private static final String DEFAULT_LANGUAGE = "en";
    private static final Set<String> LANGUAGES = Set.of("en", "ne");

    private final OrderingTerms terms;
    private final LinePricing pricing;
    private final Map<ProductId, Optional<ProductTerms>> products = new HashMap<>();

    OrderPlacementRules(OrderingTerms terms) {
        this.terms = terms;
        this.pricing = new LinePricing(terms);
    }

    OrderPlaced approve(PlaceOrder command) {
        Approval approval = approve(command, new Problems());
        return new OrderPlaced(command.orderId(), command.header(), approval.lines(), approval.total(),
                approval.paymentTerms());
    }

    OrderDrafted approve(DraftOrder command) {
        Problems problems = new Problems();
        checkMessage(command, problems);
        Approval approval = approve(new PlaceOrder(command.orderId(), command.header(), command.items()), problems);
        String language = command.language() == null ? DEFAULT_LANGUAGE : command.language();
        return new OrderDrafted(command.orderId(), command.header(), approval.lines(), approval.total(),
                approval.paymentTerms(), command.messageId(), command.confidence(), language);
    }

    private Approval approve(PlaceOrder command, Problems shapeProblems) {
        List<OrderItem> items = checkShape(command, shapeProblems);
        OrderHeader header = command.header();
        BuyerTerms buyer = terms.buyer(header.buyerId()).orElseThrow(
                () -> new DomainException(ErrorCode.NOT_FOUND, "unknown buyer " + header.buyerId()));
        VendorTerms vendor = terms.vendor(header.vendorId()).orElseThrow(
                () -> new DomainException(ErrorCode.NOT_FOUND, "unknown vendor " + header.vendorId()));
        List<OrderLine> lines = priceLines(items, vendor, buyer.buyerId());
        checkDeliveryArea(buyer, vendor);
        Money total = lines.stream().map(OrderLine::subtotal).reduce(Money.ZERO, Money::plus);
        checkMinimumAmount(total, vendor);
        checkBuyerPan(total, vendor, buyer);
        return new Approval(lines, total, buyer.paymentTerms());
    }

    private static void checkMessage(DraftOrder command, Problems problems) {
        if (command.messageId() == null || command.messageId().isBlank()) {
            problems.add(ErrorCode.VALIDATION_ERROR, "the message id must not be blank");
        }
        BigDecimal confidence = command.confidence();
        if (confidence != null && (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(ErrorCode.VALIDATION_ERROR,
                    "the confidence must be between 0 and 1, not " + confidence.toPlainString());
        }
        if (command.language() != null && !LANGUAGES.contains(command.language())) {
            problems.add(ErrorCode.VALIDATION_ERROR, "the language must be en or ne, not " + command.language());
        }
    }

    private List<OrderItem> checkShape(PlaceOrder command, Problems problems) {
        if (command.header() == null) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "the order has no number, buyer or vendor");
        }
        OrderHeader header = command.header();
        if (header.orderNumber() == null || header.orderNumber().isBlank()) {
            problems.add(ErrorCode.VALIDATION_ERROR, "the order number must not be blank");
        }
        if (header.buyerId() == null) {
            problems.add(ErrorCode.VALIDATION_ERROR, "the order names no buyer");
        }
        if (header.vendorId() == null) {
            problems.add(ErrorCode.VALIDATION_ERROR, "the order names no vendor");
        }
        List<OrderItem> items = command.items() == null ? List.of() : command.items();
        if (items.isEmpty()) {
            problems.add(ErrorCode.VALIDATION_ERROR, "an order needs at least one item");
        }
        if (items.size() > MAX_LINES) {
            problems.add(ErrorCode.VALIDATION_ERROR,
                    "an order has at most " + MAX_LINES + " lines, this one has " + items.size());
        }
        Set<ProductId> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            if (item == null || item.productId() == null) {
                problems.add(ErrorCode.VALIDATION_ERROR, "line " + (i + 1) + " names no product");
                continue;
            }
            String name = nameOf(item.productId());
            if (item.quantity() == null || !item.quantity().isPositive()) {
                problems.add(ErrorCode.VALIDATION_ERROR, name + ": the quantity must be positive");
            }
            if (!seen.add(item.productId())) {
                problems.add(ErrorCode.VALIDATION_ERROR, name + ": ordered more than once");
            }
        }
        problems.throwIfAny("the order is not valid");
        return items;
    }

    private List<OrderLine> priceLines(List<OrderItem> items, VendorTerms vendor, BuyerId buyer) {
        VendorId vendorId = vendor.vendorId();
        Problems problems = new Problems();
        List<OrderLine> lines = new ArrayList<>();
        for (OrderItem item : items) {
            Optional<ProductTerms> found = product(item.productId());
            if (found.isEmpty()) {
                problems.add(ErrorCode.PRODUCT_NOT_AVAILABLE, item.productId() + ": no such product");
                continue;
            }
            ProductTerms product = found.get();
            if (product.status() != ProductStatus.ACTIVE) {
                problems.add(ErrorCode.PRODUCT_NOT_AVAILABLE, product.sku() + ": not available, it is " + product.status());
            }
            if (!product.vendorId().equals(vendorId)) {
                problems.add(ErrorCode.PRODUCT_OF_OTHER_VENDOR, product.sku() + ": sold by another vendor");
            }
            if (product.orderMultiple() != null && product.orderMultiple().signum() > 0
                    && item.quantity().value().remainder(product.orderMultiple()).signum() != 0) {
                BigDecimal below = multipleBelow(item.quantity().value(), product.orderMultiple());
                problems.add(ErrorCode.NOT_A_MULTIPLE, product.sku() + ": sold in multiples of "
                        + Quantity.of(product.orderMultiple()) + " " + product.unit() + ", so " + Quantity.of(below)
                        + " or " + Quantity.of(below.add(product.orderMultiple())) + ", not " + item.quantity());
            }
            if (item.quantity().isLessThan(product.minOrderQuantity())) {
                problems.add(ErrorCode.BELOW_MIN_ORDER_QUANTITY, product.sku() + ": at least "
                        + product.minOrderQuantity() + " " + product.unit() + " per order, asked for " + item.quantity());
            }
            lines.add(lineOf(product, item.quantity(), vendor.addsVatToPrices(), buyer));
        }
        problems.throwIfAny("some items cannot be ordered");
        return lines;
    }

    /**
     * A line at what the buyer pays for its quantity today ({@link LinePricing}): the order's total is what
     * the buyer pays, and its invoice splits the VAT back out.
     */
    private OrderLine lineOf(ProductTerms product, Quantity quantity, boolean addsVat, BuyerId buyer) {
        LinePricing.Priced priced = pricing.price(product, quantity, addsVat, buyer);
        Money price = priced.unitPrice();
        return new OrderLine(product.productId(), product.sku(), product.name(), product.unit(), quantity,
                price, price.times(quantity), priced.pricedBy());
    }

    private static BigDecimal multipleBelow(BigDecimal quantity, BigDecimal multiple) {
        return quantity.divideToIntegralValue(multiple).multiply(multiple);
    }


    private static void checkDeliveryArea(BuyerTerms buyer, VendorTerms vendor) {
        String city = normalized(buyer.city());
        boolean delivers = !city.isEmpty()
                && vendor.deliveryAreas().stream().map(OrderPlacementRules::normalized).anyMatch(city::equals);
        if (!delivers) {
            throw new DomainException(ErrorCode.OUTSIDE_DELIVERY_AREA,
                    vendor.businessName() + " does not deliver to " + buyer.city());
        }
    }

    private static void checkMinimumAmount(Money total, VendorTerms vendor) {
        if (total.isLessThan(vendor.minOrderAmount())) {
            throw new DomainException(ErrorCode.BELOW_MIN_ORDER_AMOUNT, vendor.businessName() + " takes orders of at least "
                    + vendor.minOrderAmount() + ", this order totals " + total);
        }
    }

    private void checkBuyerPan(Money total, VendorTerms vendor, BuyerTerms buyer) {
        Optional<Money> threshold = terms.buyerPanThreshold();
        if (vendor.issuesTaxInvoices() && buyer.pan() == null && threshold.isPresent()
                && total.isGreaterThan(threshold.get())) {
            throw new DomainException(ErrorCode.BUYER_PAN_REQUIRED, "the tax invoice of an order above " + threshold.get()
                    + " must show the buyer's PAN: state yours first (this order totals " + total + ")");
        }
    }

    private static String normalized(String place) {
        return place == null ? "" : place.trim().toLowerCase(Locale.ROOT);
    }

    private String nameOf(ProductId productId) {
        return product(productId).map(ProductTerms::sku).orElse(productId.value());
    }

    private Optional<ProductTerms> product(ProductId productId) {
        return products.computeIfAbsent(productId, terms::product);
    }

    /** What placement decides: the priced lines, their total and the buyer's payment terms. */
    private record Approval(List<OrderLine> lines, Money total, PaymentTerms paymentTerms) {
    }

    /** Problems gathered over all lines; the first one decides the error code. */
    private static final class Problems {

        private ErrorCode firstCode;
        private final List<String> details = new ArrayList<>();

        void add(ErrorCode code, String detail) {
            if (firstCode == null) {
                firstCode = code;
            }
            details.add(detail);
        }

        void throwIfAny(String message) {
            if (firstCode != null) {
                throw new DomainException(firstCode, message, details);
            }
        }
    }
}
