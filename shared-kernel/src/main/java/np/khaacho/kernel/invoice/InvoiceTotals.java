package np.khaacho.kernel.invoice;

import np.khaacho.kernel.common.Money;

/** The sums at the foot of an invoice: taxable amount, exempt amount, VAT, and their total. */
public record InvoiceTotals(Money taxable, Money exempt, Money vat, Money total) {
}
