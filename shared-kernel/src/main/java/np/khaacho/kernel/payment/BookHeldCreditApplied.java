package np.khaacho.kernel.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Books on the account that held money went to these orders (each share already paid on its order). */
public record BookHeldCreditApplied(@TargetAggregateIdentifier PaymentAccountId accountId, String applicationId,
                                    List<PaymentShare> shares) {

    public BookHeldCreditApplied {
        shares = List.copyOf(shares);
    }
}
