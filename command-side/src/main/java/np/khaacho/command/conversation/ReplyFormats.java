package np.khaacho.command.conversation;

import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderStatus;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

final class ReplyFormats {

    private ReplyFormats() {
    }

    static String quantity(BigDecimal quantity) {
        BigDecimal plain = quantity.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    static String status(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** An amount with thousands separators and paisa, the way both languages print it. */
    static String amount(Money money) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(money.amount());
    }
}
