package np.khaacho.query.analytics;

import np.khaacho.kernel.party.VendorId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** How each vendor did with the orders placed in a period, the biggest first. */
public record VendorsReport(LocalDate from, LocalDate to, List<Vendor> vendors) {

    /**
     * One vendor's figures. {@code confirmationRate} is confirmed / (confirmed + rejected + expired),
     * empty while the vendor answered nothing; {@code averageSecondsToConfirm} runs from when the vendor
     * was asked to its confirmation, empty without confirmations.
     */
    public record Vendor(VendorId vendorId, String name, long orders, BigDecimal revenue, long confirmed,
                         long rejected, long expired, long cancelled, long declined, long delivered,
                         BigDecimal confirmationRate, Long averageSecondsToConfirm) {
    }
}
