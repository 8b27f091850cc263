package np.khaacho.kernel.product;

/** Whether a product can be ordered. */
public enum ProductStatus {
    ACTIVE, DELISTED
}
