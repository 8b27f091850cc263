package np.khaacho.command.invoice;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.invoice.InvoiceLine;
import np.khaacho.kernel.invoice.InvoiceTotals;
import np.khaacho.kernel.invoice.VatClass;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The amounts of an invoice, exact to the paisa. An order's total is what the buyer pays, VAT
 * included (a vendor that states its catalog prices without VAT sells a standard-rated product at its
 * price plus 13 %, rounded half-up to the paisa), and the invoice splits it; the rule (also in
 * README.md, "Tax invoices"):
 * <ol>
 *   <li>A line's gross amount is its order subtotal; the invoice total is the order total.</li>
 *   <li>Exempt amount: the sum of the exempt lines' gross amounts.</li>
 *   <li>Taxable amount: the standard lines' gross sum times 100/113, rounded half-up to the paisa, once for
 *       the invoice; VAT is that gross sum less the taxable amount.</li>
 *   <li>Each standard line shows its gross amount times 100/113, rounded half-up; the rounding left over
 *       (a few paisa at most) goes to the largest standard line, so the lines add up to the taxable
 *       amount. A line's rate is its amount over its quantity, rounded half-up (shown, not summed).</li>
 *   <li>A seller not registered for VAT charges none: every line shows its gross amount, and the whole
 *       total is exempt amount.</li>
 *   <li>A credit note for part of an invoice: its lines' amounts are before VAT; VAT is 13 % of their
 *       standard sum, rounded half-up. A credit note for all of an invoice repeats its lines and totals.</li>
 * </ol>
 */
final class InvoiceArithmetic {

    static final BigDecimal VAT_RATE = new BigDecimal("0.13");
    private static final BigDecimal GROSS_FACTOR = BigDecimal.ONE.add(VAT_RATE);

    private InvoiceArithmetic() {
    }

    /** One sold line before the split: what was sold, for what gross amount, and how it is taxed. */
    record SoldLine(String sku, String name, String nameNe, String unit, Quantity quantity, Money gross,
                    VatClass vatClass) {
    }

    record Split(List<InvoiceLine> lines, InvoiceTotals totals) {
    }

    static Split ofSale(List<SoldLine> sold, boolean vatRegistered) {
        Money grossTotal = sum(sold.stream().map(SoldLine::gross).toList());
        if (!vatRegistered) {
            List<InvoiceLine> lines = sold.stream().map(line -> line(line, line.gross())).toList();
            return new Split(lines, new InvoiceTotals(Money.ZERO, grossTotal, Money.ZERO, grossTotal));
        }
        Money standardGross = sum(sold.stream().filter(InvoiceArithmetic::isStandard).map(SoldLine::gross).toList());
        Money taxable = net(standardGross);
        List<Money> amounts = new ArrayList<>(sold.stream()
                .map(line -> isStandard(line) ? net(line.gross()) : line.gross()).toList());
        Money leftOver = taxable.minus(sum(IntStream.range(0, sold.size())
                .filter(i -> isStandard(sold.get(i))).mapToObj(amounts::get).toList()));
        IntStream.range(0, sold.size()).filter(i -> isStandard(sold.get(i)))
                .boxed().max(Comparator.comparing(i -> sold.get(i).gross()))
                .ifPresent(largest -> amounts.set(largest, amounts.get(largest).plus(leftOver)));
        List<InvoiceLine> lines = IntStream.range(0, sold.size()).mapToObj(i -> line(sold.get(i), amounts.get(i))).toList();
        Money exempt = grossTotal.minus(standardGross);
        return new Split(lines, new InvoiceTotals(taxable, exempt, standardGross.minus(taxable), grossTotal));
    }

    /** The totals of credited lines, whose amounts are before VAT. */
    static InvoiceTotals ofCredit(List<InvoiceLine> lines, boolean vatRegistered) {
        Money taxable = vatRegistered ? sum(lines.stream().filter(l -> l.vatClass() == VatClass.STANDARD)
                .map(InvoiceLine::amount).toList()) : Money.ZERO;
        Money exempt = sum(lines.stream().map(InvoiceLine::amount).toList()).minus(taxable);
        Money vat = new Money(taxable.amount().multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP));
        return new InvoiceTotals(taxable, exempt, vat, taxable.plus(exempt).plus(vat));
    }

    static Money rate(Money amount, Quantity quantity) {
        return new Money(amount.amount().divide(quantity.value(), 2, RoundingMode.HALF_UP));
    }

    private static InvoiceLine line(SoldLine sold, Money amount) {
        return new InvoiceLine(sold.sku(), sold.name(), sold.nameNe(), sold.unit(), sold.quantity(),
                rate(amount, sold.quantity()), amount, sold.vatClass());
    }

    private static Money net(Money gross) {
        return new Money(gross.amount().divide(GROSS_FACTOR, 2, RoundingMode.HALF_UP));
    }

    private static boolean isStandard(SoldLine line) {
        return line.vatClass() == VatClass.STANDARD;
    }

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
