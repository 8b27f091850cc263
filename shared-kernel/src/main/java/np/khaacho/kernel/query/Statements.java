package np.khaacho.kernel.query;

import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.common.Money;

import java.util.List;

/** The statements of one BS month: what each vendor-buyer pair's account did in it. */
public record Statements(BsYearMonth month, List<Summary> statements) {

    public Statements {
        statements = List.copyOf(statements);
    }

    /**
     * One vendor-buyer pair's month: the balance brought forward, the orders delivered (what was sold on
     * the account), the payments received, the balance carried forward, and how many orders were placed,
     * invoices and credit notes issued and payments received in it.
     */
    public record Summary(String vendorId, String vendorName, String buyerId, String buyerName, Money opening,
                          Money delivered, Money paid, Money closing, int orders, int documents, int payments) {

        /** Nothing happened and nothing is owed: no statement to send. */
        public boolean empty() {
            return orders == 0 && documents == 0 && payments == 0 && delivered.isZero() && closing.isZero()
                    && opening.isZero();
        }
    }
}
