package np.khaacho.kernel.credit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.party.BuyerId;

/** Identifies a buyer's credit account; derived from the buyer id with a prefix of its own. */
public record CreditAccountId(String value) {

    public static final String PREFIX = "credit-";

    public CreditAccountId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static CreditAccountId of(String value) {
        return new CreditAccountId(value);
    }

    public static CreditAccountId of(BuyerId buyerId) {
        return new CreditAccountId(PREFIX + buyerId.value().substring(BuyerId.PREFIX.length()));
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
