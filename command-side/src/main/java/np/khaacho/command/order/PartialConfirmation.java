package np.khaacho.command.order;

import np.khaacho.command.Violations;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.order.LineAdjustment;
import np.khaacho.kernel.order.LineChange;
import np.khaacho.kernel.order.OrderLine;
import np.khaacho.kernel.product.ProductId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines a vendor can supply, worked out from its adjustments to the lines as ordered: a line
 * adjusted to zero is dropped, the others keep their unit price with a new subtotal.
 */
record PartialConfirmation(List<OrderLine> lines, List<LineChange> changes, Money total) {

    static PartialConfirmation of(List<OrderLine> ordered, List<LineAdjustment> adjustments) {
        Map<ProductId, Quantity> adjusted = checked(ordered, adjustments == null ? List.of() : adjustments);
        List<OrderLine> lines = new ArrayList<>();
        List<LineChange> changes = new ArrayList<>();
        for (OrderLine line : ordered) {
            Quantity quantity = adjusted.getOrDefault(line.productId(), line.quantity());
            if (!quantity.equals(line.quantity())) {
                changes.add(new LineChange(line.productId(), line.sku(), line.name(), line.quantity(), quantity));
            }
            if (quantity.isPositive()) {
                lines.add(new OrderLine(line.productId(), line.sku(), line.name(), line.unit(), quantity,
                        line.unitPrice(), line.unitPrice().times(quantity), line.pricedBy()));
            }
        }
        if (changes.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR,
                    "the adjustments change nothing: confirm the order instead");
        }
        if (lines.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR,
                    "the adjustments drop every line: reject the order instead");
        }
        Money total = lines.stream().map(OrderLine::subtotal).reduce(Money.ZERO, Money::plus);
        return new PartialConfirmation(List.copyOf(lines), List.copyOf(changes), total);
    }

    /** Every adjustment must name a line once, with a quantity from zero up to what was ordered. */
    private static Map<ProductId, Quantity> checked(List<OrderLine> ordered, List<LineAdjustment> adjustments) {
        Map<ProductId, OrderLine> byProduct = new HashMap<>();
        ordered.forEach(line -> byProduct.put(line.productId(), line));
        Map<ProductId, Quantity> adjusted = new LinkedHashMap<>();
        Violations violations = Violations.check();
        for (LineAdjustment adjustment : adjustments) {
            if (adjustment == null || adjustment.productId() == null) {
                violations.require(false, "adjustments", "an adjustment names no product");
                continue;
            }
            OrderLine line = byProduct.get(adjustment.productId());
            if (line == null) {
                violations.require(false, adjustment.productId().value(), "not a line of this order");
                continue;
            }
            Quantity quantity = adjustment.quantity();
            violations.require(!adjusted.containsKey(line.productId()), line.sku(), "adjusted more than once")
                    .require(quantity != null && !quantity.isNegative(), line.sku(), "the quantity must be zero or more")
                    .require(quantity == null || !quantity.isGreaterThan(line.quantity()), line.sku(),
                            "at most the " + line.quantity() + " " + line.unit() + " ordered, not " + quantity);
            adjusted.putIfAbsent(line.productId(), quantity);
        }
        violations.orRefuse("partial confirmation");
        return adjusted;
    }
}
