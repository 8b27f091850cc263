package np.khaacho.kernel.query;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.BuyerId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A buyer's khata: what is owed to each vendor, order by order, with when it falls due (oldest due first);
 * the latest payments; the credit limit and what is available of it (null without a credit account);
 * and money paid but held unapplied.
 */
public record Khata(BuyerId buyerId, Money creditLimit, Money available, List<VendorDues> vendors,
                    List<Paid> lastPayments, Money held) {

    public Khata {
        vendors = List.copyOf(vendors);
        lastPayments = List.copyOf(lastPayments);
    }

    public Money owed() {
        return vendors.stream().map(VendorDues::owed).reduce(Money.ZERO, Money::plus);
    }

    /** What is owed to one vendor, and on which orders. */
    public record VendorDues(String vendorName, Money owed, List<Due> orders) {
        public VendorDues {
            orders = List.copyOf(orders);
        }
    }

    /** What is left to pay on one delivered order, and when it is (or was) due; null for cash on delivery. */
    public record Due(String orderNumber, Money balance, LocalDate dueDate, boolean overdue) {
    }

    /** A payment received: when, how much, how (CASH, BANK, WALLET) and through which wallet. */
    public record Paid(Instant at, Money amount, String method, String gateway) {
    }
}
