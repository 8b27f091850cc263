package np.khaacho.kernel.party;

import np.khaacho.kernel.invoice.InvoiceMoment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * States a vendor's tax standing: its PAN (nine digits, required to issue invoices), whether it is
 * registered for VAT (its invoices are then tax invoices), and when its invoices are issued.
 * Catalog prices are stated inclusive of VAT.
 */
public record SetVendorTaxProfile(
        @TargetAggregateIdentifier VendorId vendorId,
        String pan,
        boolean vatRegistered,
        InvoiceMoment invoiceAt) {
}
