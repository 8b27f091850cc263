package np.khaacho.query.statement;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.common.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vendor-buyer pair's statement of account for one BS month: the balance brought forward; the account's
 * entries in order (each order delivered is a debit, each payment on an order a credit) with the running
 * balance; the balance carried forward; and, for reference, the orders placed and the invoices and credit
 * notes issued in the month.
 */
public record Statement(BsYearMonth month, BsDate from, BsDate to, Party vendor, Party buyer, Money opening,
                        Money delivered, Money paid, Money closing, List<Entry> entries, List<PlacedOrder> orders,
                        List<Document> documents) {

    public Statement {
        entries = List.copyOf(entries);
        orders = List.copyOf(orders);
        documents = List.copyOf(documents);
    }

    public record Party(String id, String name) {
    }

    /** DELIVERY (a debit) or PAYMENT (a credit, with its method and id), and the balance after it. */
    public record Entry(Instant at, LocalDate day, String kind, String orderNumber, String method, String paymentId,
                        Money debit, Money credit, Money balance) {
    }

    public record PlacedOrder(String orderId, String orderNumber, LocalDate placedOn, String status, Money total) {
    }

    /** An invoice or credit note (kind INVOICE or CREDIT_NOTE); a credit note is shown as a negative total. */
    public record Document(String invoiceId, String kind, String number, String orderNumber, LocalDate issuedOn,
                           Money total) {
    }
}
