package np.khaacho.saga.fulfilment;

import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.product.ProductId;

/** One line of an order as the saga holds it: what was asked, and how its stock reservation went. */
record ReservedLine(ProductId productId, String sku, Quantity quantity, State state, Quantity available) {

    /** Where a line's stock reservation stands. */
    enum State { NOT_ASKED, PENDING, RESERVED, SHORT, RELEASED }

    static ReservedLine notAsked(ProductId productId, String sku, Quantity quantity) {
        return new ReservedLine(productId, sku, quantity, State.NOT_ASKED, null);
    }

    ReservedLine asked() {
        return new ReservedLine(productId, sku, quantity, State.PENDING, null);
    }

    ReservedLine reserved() {
        return new ReservedLine(productId, sku, quantity, State.RESERVED, null);
    }

    ReservedLine shortOf(Quantity availableQuantity) {
        return new ReservedLine(productId, sku, quantity, State.SHORT, availableQuantity);
    }

    ReservedLine withQuantity(Quantity newQuantity) {
        return new ReservedLine(productId, sku, newQuantity, state, available);
    }

    ReservedLine released() {
        return new ReservedLine(productId, sku, quantity, State.RELEASED, null);
    }

    String shortage() {
        return sku + ": " + quantity + " requested, " + available + " available";
    }
}
