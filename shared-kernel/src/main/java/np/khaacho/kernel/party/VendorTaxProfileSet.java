package np.khaacho.kernel.party;

import np.khaacho.kernel.invoice.InvoiceMoment;

/** A vendor's PAN, VAT registration, whether its prices include VAT, and its invoicing moment, as now stated. */
public record VendorTaxProfileSet(VendorId vendorId, String pan, boolean vatRegistered, boolean pricesIncludeVat,
                                  InvoiceMoment invoiceAt) {
}
