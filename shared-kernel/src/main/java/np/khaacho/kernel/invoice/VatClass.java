package np.khaacho.kernel.invoice;

/**
 * How a product is taxed under Nepal's VAT Act: at the standard rate of 13 %, or exempt (basic
 * foodstuffs such as rice, pulses and flour, among others the Act's schedule lists).
 */
public enum VatClass {
    STANDARD,
    EXEMPT;

    /** Products listed before VAT classes were kept are taxed at the standard rate until the vendor says otherwise. */
    public static VatClass orStandard(VatClass vatClass) {
        return vatClass == null ? STANDARD : vatClass;
    }
}
