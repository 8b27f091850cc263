package np.khaacho.command.payment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import np.khaacho.command.Violations;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.payment.AcceptPayment;
import np.khaacho.kernel.payment.BookHeldCreditApplied;
import np.khaacho.kernel.payment.PaymentAccountId;
import np.khaacho.kernel.payment.PaymentReceived;
import np.khaacho.kernel.payment.PaymentShare;
import np.khaacho.kernel.payment.RefundUnappliedCredit;
import np.khaacho.kernel.payment.UnappliedCreditApplied;
import np.khaacho.kernel.payment.UnappliedCreditRefunded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A buyer's payment account: every payment received, once per payment id, and the money held unapplied
 * (paid but not matched to an order). Unapplied money never goes below zero; a refund or an application
 * to orders takes only what is held, and a refund id or application id counts once.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public class PaymentAccount {

    @AggregateIdentifier
    private PaymentAccountId accountId;
    private BuyerId buyerId;
    private Money unapplied = Money.ZERO;
    private Map<String, Money> payments = new HashMap<>();
    private Map<String, Money> refunds = new HashMap<>();
    private Map<String, Money> applications = new HashMap<>();

    protected PaymentAccount() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AcceptPayment command) {
        Violations.check()
                .require(command.buyerId() != null && command.accountId().equals(PaymentAccountId.of(command.buyerId())),
                        "buyerId", "must be the buyer this account belongs to")
                .notBlank(command.paymentId(), "paymentId")
                .positive(command.amount(), "amount")
                .present(command.method(), "method")
                .notNegative(command.unapplied(), "unapplied")
                .require(command.unapplied() == null || !command.unapplied().isPositive() || command.reason() != null,
                        "reason", "must say why money is held unapplied")
                .orRefuse("payment");
        Money booked = payments.get(command.paymentId());
        if (booked != null) {
            if (!booked.equals(command.amount())) {
                throw new DomainException(ErrorCode.CONFLICT, "payment " + command.paymentId() + " was booked as "
                        + booked + ", not " + command.amount());
            }
            return;
        }
        Money shared = command.shares().stream().map(PaymentShare::amount).reduce(Money.ZERO, Money::plus);
        if (!shared.plus(command.unapplied()).equals(command.amount())) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR, "payment " + command.paymentId() + " of "
                    + command.amount() + " is not its shares (" + shared + ") plus what is held (" + command.unapplied() + ")");
        }
        apply(new PaymentReceived(command.accountId(), command.buyerId(), command.paymentId(), command.amount(),
                command.method(), command.gateway(), command.reference(), command.shares(), command.unapplied(),
                command.unapplied().isPositive() ? command.reason() : null,
                (unapplied == null ? Money.ZERO : unapplied).plus(command.unapplied())));
    }

    @CommandHandler
    public void handle(RefundUnappliedCredit command) {
        Violations.check()
                .notBlank(command.refundId(), "refundId")
                .positive(command.amount(), "amount")
                .orRefuse("refund");
        Money refunded = refunds.get(command.refundId());
        if (refunded != null) {
            if (!refunded.equals(command.amount())) {
                throw new DomainException(ErrorCode.CONFLICT, "refund " + command.refundId() + " was " + refunded
                        + ", not " + command.amount());
            }
            return;
        }
        if (command.amount().isGreaterThan(unapplied)) {
            throw new DomainException(ErrorCode.PAYMENT_EXCEEDS_BALANCE, "a refund of " + command.amount()
                    + " is more than the " + unapplied + " held unapplied on " + accountId);
        }
        apply(new UnappliedCreditRefunded(accountId, buyerId, command.refundId(), command.amount(), command.note(),
                unapplied.minus(command.amount())));
    }

    @CommandHandler
    public void handle(BookHeldCreditApplied command) {
        Violations.check()
                .notBlank(command.applicationId(), "applicationId")
                .require(!command.shares().isEmpty(), "shares", "must name the orders the money went to")
                .orRefuse("application of held money");
        if (applications.containsKey(command.applicationId())) {
            return;
        }
        Money amount = command.shares().stream().map(PaymentShare::amount).reduce(Money.ZERO, Money::plus);
        if (!amount.isPositive() || amount.isGreaterThan(unapplied)) {
            throw new DomainException(ErrorCode.PAYMENT_EXCEEDS_BALANCE, "applying " + amount + " is more than the "
                    + unapplied + " held unapplied on " + accountId);
        }
        apply(new UnappliedCreditApplied(accountId, buyerId, command.applicationId(), amount, command.shares(),
                unapplied.minus(amount)));
    }

    /** What is held unapplied now. */
    public Money held() {
        return unapplied == null ? Money.ZERO : unapplied;
    }

    /** Whether the application with this key was booked. */
    public boolean applied(String applicationId) {
        return applications.containsKey(applicationId);
    }

    @EventSourcingHandler
    void on(UnappliedCreditApplied event) {
        applications.put(event.applicationId(), event.amount());
        unapplied = event.unappliedBalance();
    }

    @EventSourcingHandler
    void on(PaymentReceived event) {
        accountId = event.accountId();
        buyerId = event.buyerId();
        payments.put(event.paymentId(), event.amount());
        unapplied = event.unappliedBalance();
    }

    @EventSourcingHandler
    void on(UnappliedCreditRefunded event) {
        refunds.put(event.refundId(), event.amount());
        unapplied = event.unappliedBalance();
    }
}
