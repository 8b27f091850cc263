package np.khaacho.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** The log message ({@code %m}, {@code %msg}, {@code %message}) with phone numbers masked. */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PhoneMasking.mask(event.getFormattedMessage());
    }
}
