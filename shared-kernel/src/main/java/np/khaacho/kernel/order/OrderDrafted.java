package np.khaacho.kernel.order;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;

/** An unconfirmed order was made from a parsed message (one per vendor); the buyer has to confirm it. */
public record OrderDrafted(
        OrderId orderId,
        @JsonUnwrapped OrderHeader header,
        List<OrderLine> lines,
        Money totalAmount,
        PaymentTerms paymentTerms,
        String messageId,
        BigDecimal confidence,
        String language) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
