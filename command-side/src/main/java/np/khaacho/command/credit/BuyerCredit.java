package np.khaacho.command.credit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import np.khaacho.command.Violations;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.credit.AdjustCreditReservation;
import np.khaacho.kernel.credit.ChangeCreditTerms;
import np.khaacho.kernel.credit.ChargeCredit;
import np.khaacho.kernel.credit.CreditAccountId;
import np.khaacho.kernel.credit.CreditAccountOpened;
import np.khaacho.kernel.credit.CreditCharged;
import np.khaacho.kernel.credit.CreditReleased;
import np.khaacho.kernel.credit.CreditRepaid;
import np.khaacho.kernel.credit.CreditReservationAdjusted;
import np.khaacho.kernel.credit.CreditReservationDeclined;
import np.khaacho.kernel.credit.CreditReserved;
import np.khaacho.kernel.credit.CreditTermsChanged;
import np.khaacho.kernel.credit.OpenCreditAccount;
import np.khaacho.kernel.credit.RecordRepayment;
import np.khaacho.kernel.credit.ReleaseCredit;
import np.khaacho.kernel.credit.ReserveCredit;
import np.khaacho.kernel.order.OrderId;
import np.khaacho.kernel.party.BuyerId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A buyer's credit account: the limit, what is held for open orders and what is owed for delivered
 * ones. Reserved plus outstanding never exceeds the limit and no amount goes negative.
 */
@Aggregate(snapshotTriggerDefinition = "creditSnapshotTrigger", cache = "creditCache")
// Snapshots are written with Jackson, which must see the private state.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public class BuyerCredit {

    private static final String DECLINED_COD = "PAYMENT_TERMS_COD";
    private static final String DECLINED_OVER_LIMIT = "CREDIT_LIMIT_EXCEEDED";

    @AggregateIdentifier
    private CreditAccountId accountId;
    private BuyerId buyerId;
    private Money creditLimit;
    private PaymentTerms paymentTerms;
    private Money reserved = Money.ZERO;
    private Money outstanding = Money.ZERO;
    private Map<OrderId, Money> reservations = new HashMap<>();
    // in the order the charges happened: a repayment for no order in particular pays the oldest first
    private LinkedHashMap<OrderId, Money> owedByOrder = new LinkedHashMap<>();
    private Set<OrderId> chargedOrders = new HashSet<>();
    private Set<String> paymentIds = new HashSet<>();

    protected BuyerCredit() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public BuyerCredit(OpenCreditAccount command) {
        Violations.check()
                .require(command.buyerId() != null && command.accountId().equals(CreditAccountId.of(command.buyerId())),
                        "buyerId", "must be the buyer this account belongs to")
                .notNegative(command.creditLimit(), "creditLimit")
                .present(command.paymentTerms(), "paymentTerms")
                .orRefuse("credit account");
        apply(new CreditAccountOpened(command.accountId(), command.buyerId(), command.creditLimit(),
                command.paymentTerms()));
    }

    @CommandHandler
    public void handle(ChangeCreditTerms command) {
        Violations.check()
                .notNegative(command.creditLimit(), "creditLimit")
                .present(command.paymentTerms(), "paymentTerms")
                .orRefuse("credit terms");
        if (command.creditLimit().equals(creditLimit) && command.paymentTerms() == paymentTerms) {
            return;
        }
        Money used = reserved.plus(outstanding);
        if (command.creditLimit().isLessThan(used)) {
            throw new DomainException(ErrorCode.CREDIT_LIMIT_BELOW_USAGE,
                    "a limit of " + command.creditLimit() + " is below the " + used + " already in use on " + accountId);
        }
        apply(new CreditTermsChanged(accountId, buyerId, command.creditLimit(), command.paymentTerms(),
                reserved, outstanding));
    }

    @CommandHandler
    public void handle(ReserveCredit command) {
        Violations.check()
                .present(command.orderId(), "orderId")
                .positive(command.amount(), "amount")
                .orRefuse("credit reservation");
        OrderId orderId = command.orderId();
        Money held = reservations.get(orderId);
        if (held != null) {
            if (!held.equals(command.amount())) {
                throw new DomainException(ErrorCode.CONFLICT,
                        orderId + " already holds " + held + " on " + accountId + ", not " + command.amount());
            }
            return;
        }
        if (chargedOrders.contains(orderId)) {
            // a late retry of a step that already led to delivery: holding again would count the order twice
            return;
        }
        if (!paymentTerms.isCredit()) {
            apply(new CreditReservationDeclined(accountId, buyerId, orderId, command.amount(), Money.ZERO, DECLINED_COD));
            return;
        }
        Money available = creditLimit.minus(reserved).minus(outstanding);
        if (command.amount().isGreaterThan(available)) {
            apply(new CreditReservationDeclined(accountId, buyerId, orderId, command.amount(), available,
                    DECLINED_OVER_LIMIT));
            return;
        }
        apply(new CreditReserved(accountId, buyerId, orderId, command.amount(),
                reserved.plus(command.amount()), outstanding));
    }

    @CommandHandler
    public void handle(AdjustCreditReservation command) {
        Violations.check()
                .present(command.orderId(), "orderId")
                .positive(command.amount(), "amount")
                .orRefuse("credit reservation adjustment");
        OrderId orderId = command.orderId();
        Money held = reservations.get(orderId);
        if (held == null) {
            throw new DomainException(ErrorCode.UNKNOWN_RESERVATION,
                    "no credit of " + accountId + " is reserved for " + orderId);
        }
        if (held.equals(command.amount())) {
            return;
        }
        Money increase = command.amount().minus(held);
        Money available = creditLimit.minus(reserved).minus(outstanding);
        if (increase.isGreaterThan(available)) {
            throw new DomainException(ErrorCode.CREDIT_LIMIT_EXCEEDED, "holding " + command.amount() + " for " + orderId
                    + " needs " + increase + " more, only " + available + " is available on " + accountId);
        }
        apply(new CreditReservationAdjusted(accountId, buyerId, orderId, held, command.amount(),
                reserved.plus(increase), outstanding));
    }

    @CommandHandler
    public void handle(ReleaseCredit command) {
        Violations.check().present(command.orderId(), "orderId").orRefuse("credit release");
        Money held = reservations.get(command.orderId());
        if (held == null) {
            return;
        }
        apply(new CreditReleased(accountId, buyerId, command.orderId(), held, command.reason(),
                reserved.minus(held), outstanding));
    }

    @CommandHandler
    public void handle(ChargeCredit command) {
        Violations.check()
                .present(command.orderId(), "orderId")
                .positive(command.amount(), "amount")
                .orRefuse("credit charge");
        OrderId orderId = command.orderId();
        if (chargedOrders.contains(orderId)) {
            return;
        }
        Money held = reservations.get(orderId);
        if (held == null) {
            throw new DomainException(ErrorCode.UNKNOWN_RESERVATION,
                    "no credit of " + accountId + " is reserved for " + orderId);
        }
        if (command.amount().isGreaterThan(held)) {
            throw new DomainException(ErrorCode.VALIDATION_ERROR,
                    "charging " + command.amount() + " for " + orderId + " exceeds the " + held + " reserved",
                    List.of("amount: must not exceed the reserved " + held.amount().toPlainString()));
        }
        apply(new CreditCharged(accountId, buyerId, orderId, command.amount(), held,
                reserved.minus(held), outstanding.plus(command.amount())));
    }

    @CommandHandler
    public void handle(RecordRepayment command) {
        Violations.check()
                .notBlank(command.paymentId(), "paymentId")
                .positive(command.amount(), "amount")
                .orRefuse("repayment");
        if (paymentIds.contains(command.paymentId())) {
            return;
        }
        Money owed = command.orderId() == null
                ? outstanding
                : owedByOrder.getOrDefault(command.orderId(), Money.ZERO);
        if (command.amount().isGreaterThan(owed)) {
            throw new DomainException(ErrorCode.REPAYMENT_EXCEEDS_OUTSTANDING,
                    "a repayment of " + command.amount() + " exceeds the " + owed + " owed"
                            + (command.orderId() == null ? "" : " for " + command.orderId()));
        }
        apply(new CreditRepaid(accountId, buyerId, command.paymentId(), command.orderId(), command.amount(),
                reserved, outstanding.minus(command.amount())));
    }

    @EventSourcingHandler
    void on(CreditAccountOpened event) {
        accountId = event.accountId();
        buyerId = event.buyerId();
        creditLimit = event.creditLimit();
        paymentTerms = event.paymentTerms();
    }

    @EventSourcingHandler
    void on(CreditTermsChanged event) {
        creditLimit = event.creditLimit();
        paymentTerms = event.paymentTerms();
    }

    @EventSourcingHandler
    void on(CreditReserved event) {
        reservations.put(event.orderId(), event.amount());
        reserved = event.reserved();
        outstanding = event.outstanding();
    }

    @EventSourcingHandler
    void on(CreditReservationAdjusted event) {
        reservations.put(event.orderId(), event.amount());
        reserved = event.reserved();
        outstanding = event.outstanding();
    }

    @EventSourcingHandler
    void on(CreditReleased event) {
        reservations.remove(event.orderId());
        reserved = event.reserved();
        outstanding = event.outstanding();
    }

    @EventSourcingHandler
    void on(CreditCharged event) {
        reservations.remove(event.orderId());
        chargedOrders.add(event.orderId());
        owedByOrder.put(event.orderId(), event.amount());
        reserved = event.reserved();
        outstanding = event.outstanding();
    }

    @EventSourcingHandler
    void on(CreditRepaid event) {
        paymentIds.add(event.paymentId());
        if (event.orderId() == null) {
            payOldestFirst(event.amount());
        } else {
            pay(event.orderId(), event.amount());
        }
        reserved = event.reserved();
        outstanding = event.outstanding();
    }

    private void pay(OrderId orderId, Money amount) {
        Money left = owedByOrder.get(orderId).minus(amount);
        if (left.isZero()) {
            owedByOrder.remove(orderId);
        } else {
            owedByOrder.put(orderId, left);
        }
    }

    private void payOldestFirst(Money amount) {
        Money unspent = amount;
        Iterator<Map.Entry<OrderId, Money>> owed = owedByOrder.entrySet().iterator();
        while (unspent.isPositive() && owed.hasNext()) {
            Map.Entry<OrderId, Money> debt = owed.next();
            Money paid = Money.min(unspent, debt.getValue());
            unspent = unspent.minus(paid);
            if (paid.equals(debt.getValue())) {
                owed.remove();
            } else {
                debt.setValue(debt.getValue().minus(paid));
            }
        }
    }
}
