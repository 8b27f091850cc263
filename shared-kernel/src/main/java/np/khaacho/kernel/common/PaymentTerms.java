package np.khaacho.kernel.common;

/** How long a buyer has to pay after delivery; COD means cash on delivery, no credit. */
public enum PaymentTerms {
    COD(0), NET7(7), NET15(15), NET30(30);

    private final int days;

    PaymentTerms(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public boolean isCredit() {
        return this != COD;
    }
}
