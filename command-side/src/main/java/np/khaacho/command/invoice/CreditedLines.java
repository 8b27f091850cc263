package np.khaacho.command.invoice;

import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.invoice.InvoiceDocument;
import np.khaacho.kernel.invoice.InvoiceLine;
import np.khaacho.kernel.invoice.IssueCreditNote;
import np.khaacho.kernel.invoice.IssueCreditNote.CreditedLine;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of a credit note: what is left to credit of each invoice line, or the quantities and
 * amounts asked for within it. A line credited without an amount is credited at the invoice's share
 * per unit; a price fixed is a line with quantity 0 and an amount. Nothing is credited twice.
 */
final class CreditedLines {

    private CreditedLines() {
    }

    static List<InvoiceLine> of(InvoiceDocument invoice, List<InvoiceLine> creditedSoFar, IssueCreditNote command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "a credit note must give its reason");
        }
        List<InvoiceLine> lines = command.lines() == null || command.lines().isEmpty()
                ? invoice.lines().stream().map(line -> left(line, creditedSoFar)).filter(l -> l.amount().isPositive()).toList()
                : asked(invoice, creditedSoFar, command.lines());
        if (lines.isEmpty()) {
            throw new DomainException(ErrorCode.ILLEGAL_TRANSITION, "invoice " + invoice.number() + " is credited in full already");
        }
        return lines;
    }

    private static List<InvoiceLine> asked(InvoiceDocument invoice, List<InvoiceLine> creditedSoFar, List<CreditedLine> asked) {
        List<InvoiceLine> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CreditedLine want : asked) {
            if (want == null || want.sku() == null || !seen.add(want.sku())) {
                throw new DomainException(ErrorCode.VALIDATION_ERROR, "each credited line names one SKU of the invoice, once");
            }
            InvoiceLine line = invoice.lines().stream().filter(l -> l.sku().equals(want.sku())).findFirst()
                    .orElseThrow(() -> new DomainException(ErrorCode.VALIDATION_ERROR,
                            "invoice " + invoice.number() + " has no line " + want.sku()));
            InvoiceLine left = left(line, creditedSoFar);
            Quantity quantity = want.quantity() == null ? Quantity.ZERO : want.quantity();
            if (quantity.value().signum() < 0 || quantity.compareTo(left.quantity()) > 0) {
                throw new DomainException(ErrorCode.VALIDATION_ERROR, "the quantity credited of " + want.sku()
                        + " must be between 0 and " + left.quantity().value().toPlainString() + ", what is left of it");
            }
            Money amount = want.amount() != null ? want.amount() : share(line, quantity);
            if (!amount.isPositive() || amount.isGreaterThan(left.amount())) {
                throw new DomainException(ErrorCode.VALIDATION_ERROR, "the amount credited of " + want.sku()
                        + " must be above 0 and at most " + left.amount().amount().toPlainString() + ", what is left of it");
            }
            Money rate = quantity.value().signum() == 0 ? amount : InvoiceArithmetic.rate(amount, quantity);
            lines.add(new InvoiceLine(line.sku(), line.name(), line.nameNe(), line.unit(), quantity, rate, amount,
                    line.vatClass()));
        }
        return lines;
    }

    /** What is left of an invoice line after the credit notes so far. */
    private static InvoiceLine left(InvoiceLine line, List<InvoiceLine> creditedSoFar) {
        Quantity quantity = line.quantity();
        Money amount = line.amount();
        for (InvoiceLine credited : creditedSoFar) {
            if (credited.sku().equals(line.sku())) {
                quantity = quantity.minus(credited.quantity());
                amount = amount.minus(credited.amount());
            }
        }
        return new InvoiceLine(line.sku(), line.name(), line.nameNe(), line.unit(), quantity, line.rate(), amount,
                line.vatClass());
    }

    private static Money share(InvoiceLine line, Quantity quantity) {
        return new Money(line.amount().amount().multiply(quantity.value())
                .divide(line.quantity().value(), 2, RoundingMode.HALF_UP));
    }
}
