package np.khaacho.kernel.order;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;

/** An order was placed: its lines, the total the order computed, and the buyer's payment terms. */
public record OrderPlaced(
        OrderId orderId,
        @JsonUnwrapped OrderHeader header,
        List<OrderLine> lines,
        Money totalAmount,
        PaymentTerms paymentTerms) implements OrderEvent {

    @Override
    public void accept(Visitor visitor) {
        visitor.on(this);
    }
}
