package np.khaacho.saga.notification;

import np.khaacho.kernel.common.Money;

/** What a message about an order needs to say of it; a null language leaves the choice to the buyer's contact. */
record OrderRef(String orderId, String orderNumber, String buyerId, String vendorId, String language,
                Money totalAmount) {
}
