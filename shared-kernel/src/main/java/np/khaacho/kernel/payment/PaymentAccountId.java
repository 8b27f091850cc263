package np.khaacho.kernel.payment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.party.BuyerId;

/** Identifies a buyer's payment account (what was paid and what is held unapplied); derived from the buyer id. */
public record PaymentAccountId(String value) {

    public static final String PREFIX = "payments-";

    public PaymentAccountId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static PaymentAccountId of(String value) {
        return new PaymentAccountId(value);
    }

    public static PaymentAccountId of(BuyerId buyerId) {
        return new PaymentAccountId(PREFIX + buyerId.value().substring(BuyerId.PREFIX.length()));
    }

    public BuyerId buyerId() {
        return new BuyerId(BuyerId.PREFIX + value.substring(PREFIX.length()));
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
