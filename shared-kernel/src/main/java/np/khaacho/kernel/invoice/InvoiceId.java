package np.khaacho.kernel.invoice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import np.khaacho.kernel.common.Ids;

/** Identifies an invoice or a credit note; the invoice of an order is derived from the order, so it is issued once. */
public record InvoiceId(String value) {

    public static final String PREFIX = "invoice-";

    public InvoiceId {
        Ids.requirePrefix(value, PREFIX);
    }

    @JsonCreator
    public static InvoiceId of(String value) {
        return new InvoiceId(value);
    }

    public static InvoiceId derivedFrom(String name) {
        return new InvoiceId(Ids.derived(PREFIX, name));
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
