package np.khaacho.kernel.reading;

import com.fasterxml.jackson.annotation.JsonInclude;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.product.ProductId;

/**
 * A buyer's words were read wrong, or not at all, and someone who knows said what they meant: from now on
 * the same words from the same buyer are that product. {@code words} are the buyer's own ("chini"),
 * {@code readAs} what they were read as (none when they matched nothing), {@code meant} and {@code meantSku}
 * the product they stand for. {@code correctionId} is the same however often the same correction is seen
 * (the buyer's message read again, the vendor's line), so it counts once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadingCorrected(String correctionId, BuyerId buyerId, String words, ProductId readAs,
                               ProductId meant, String meantSku, CorrectedBy correctedBy, OrderId orderId,
                               String messageSid) {
}
