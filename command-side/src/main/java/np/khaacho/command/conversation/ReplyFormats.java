package np.khaacho.command.conversation;

import np.khaacho.kernel.calendar.NepaliAmounts;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.payment.PaymentGateway;

import java.math.BigDecimal;
import java.util.Arrays;
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

    /** An amount the Nepali way in both languages, with paisa: 1,23,456.50 (the last three digits, then pairs). */
    static String amount(Money money) {
        return NepaliAmounts.grouped(money);
    }

    /** A wallet's name as people write it (the name Khaacho gives it, if it is not one Khaacho knows). */
    static String gateway(String gateway) {
        return Arrays.stream(PaymentGateway.values()).filter(g -> g.name().equals(gateway)).findFirst()
                .map(PaymentGateway::displayName).orElse(gateway);
    }
}
