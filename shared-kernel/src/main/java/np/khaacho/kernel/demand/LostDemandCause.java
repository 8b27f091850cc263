package np.khaacho.kernel.demand;

import np.khaacho.kernel.common.ErrorCode;

import java.util.Optional;

/** Why something a buyer asked for was not served. */
public enum LostDemandCause {
    /** The words matched nothing on sale (a product nobody sells here, or one nobody lists yet). */
    NOT_IN_CATALOG,
    /** Less than the product's smallest order, or an order below the vendor's minimum amount. */
    BELOW_MINIMUM,
    /** The vendor does not deliver to the buyer's city. */
    OUTSIDE_DELIVERY_AREA,
    /** The order was declined: some line had too little stock. */
    OUT_OF_STOCK,
    /** The order was declined: the buyer's credit did not cover it. */
    CREDIT_DECLINED,
    /** The vendor rejected the order. */
    REJECTED_BY_VENDOR,
    /** The vendor confirmed less of a line than was asked, or dropped it. */
    CUT_BY_VENDOR,
    /** The vendor never answered, and the order expired. */
    NOT_ANSWERED;

    /** The loss an order refused before it was made stands for (its smallest order, its delivery area), if any. */
    public static Optional<LostDemandCause> ofRefusal(ErrorCode refusal) {
        return Optional.ofNullable(switch (refusal) {
            case BELOW_MIN_ORDER_QUANTITY, BELOW_MIN_ORDER_AMOUNT -> BELOW_MINIMUM;
            case OUTSIDE_DELIVERY_AREA -> OUTSIDE_DELIVERY_AREA;
            default -> null;
        });
    }
}
