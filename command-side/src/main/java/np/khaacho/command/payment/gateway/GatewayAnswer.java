package np.khaacho.command.payment.gateway;

import np.khaacho.kernel.common.Money;

/**
 * What a gateway's own lookup says of a payment: completed (with the amount it took and its transaction
 * reference), still open, failed for good, or unknown for now (no answer, an error: ask again later).
 */
public record GatewayAnswer(Outcome outcome, Money amount, String transaction, String detail) {

    public enum Outcome { COMPLETED, PENDING, FAILED, UNKNOWN }

    static GatewayAnswer completed(Money amount, String transaction, String detail) {
        return new GatewayAnswer(Outcome.COMPLETED, amount, transaction, detail);
    }

    static GatewayAnswer pending(String detail) {
        return new GatewayAnswer(Outcome.PENDING, null, null, detail);
    }

    static GatewayAnswer failed(String detail) {
        return new GatewayAnswer(Outcome.FAILED, null, null, detail);
    }

    static GatewayAnswer unknown(String detail) {
        return new GatewayAnswer(Outcome.UNKNOWN, null, null, detail);
    }
}
