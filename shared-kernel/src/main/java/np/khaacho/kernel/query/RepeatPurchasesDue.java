package np.khaacho.kernel.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The purchases due again ({@link FindRepeatPurchasesDue}), by buyer and product. */
public record RepeatPurchasesDue(List<Due> due) {

    public RepeatPurchasesDue {
        due = List.copyOf(due);
    }

    /** One product a buyer is due to buy again: usually every {@code usualDays}, last on {@code lastOrdered}. */
    public record Due(String buyerId, String productId, String name, String unit, BigDecimal usualQuantity,
                      int usualDays, LocalDate lastOrdered, int daysSince) {
    }
}
