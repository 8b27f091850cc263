package np.khaacho.kernel.party;

import np.khaacho.kernel.invoice.InvoiceMoment;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * States a vendor's tax standing: its PAN (nine digits, required to issue invoices), whether it is
 * registered for VAT (its invoices are then tax invoices), whether its catalog prices include VAT (else
 * an order adds VAT to the price of each standard-rated product), and when its invoices are issued.
 */
public record SetVendorTaxProfile(
        @TargetAggregateIdentifier VendorId vendorId,
        String pan,
        boolean vatRegistered,
        boolean pricesIncludeVat,
        InvoiceMoment invoiceAt) {
}
