package np.khaacho.app.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/** Spring Boot's stack traces ({@code %wEx}) with phone numbers masked: exception messages may hold them. */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return PhoneMasking.mask(super.throwableProxyToString(tp));
    }
}
