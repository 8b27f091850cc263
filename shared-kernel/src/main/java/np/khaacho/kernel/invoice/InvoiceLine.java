package np.khaacho.kernel.invoice;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;

/**
 * One line of an invoice or credit note: what was sold, how much of it, at what rate and for what
 * amount, both before VAT, and how it is taxed. {@code nameNe} is the product's Nepali name, if any.
 */
public record InvoiceLine(
        String sku,
        String name,
        String nameNe,
        String unit,
        Quantity quantity,
        Money rate,
        Money amount,
        VatClass vatClass) {
}
