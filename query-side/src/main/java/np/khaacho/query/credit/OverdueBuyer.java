package np.khaacho.query.credit;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.PaymentTerms;
import np.khaacho.kernel.party.BuyerId;

import java.time.LocalDate;

/**
 * A buyer who owes money past its due date: who they are, their credit, what is overdue, on how many
 * orders, and the oldest due date among them.
 */
public record OverdueBuyer(
        BuyerId buyerId,
        String businessName,
        String phone,
        PaymentTerms paymentTerms,
        Money creditLimit,
        Money outstanding,
        Money overdue,
        long overdueOrders,
        LocalDate oldestDueDate) {
}
