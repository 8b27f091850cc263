package np.khaacho.app.ops;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.Request;
import io.sentry.protocol.SentryException;
import np.khaacho.app.logging.PhoneMasking;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * What leaves for Sentry holds no personal data: no user, no request but its method and masked address, and
 * every phone number masked in the message, the exceptions, the breadcrumbs and the extras (the rest of the
 * log context is ids). {@code sentry.send-default-pii} is off besides.
 */
@Component
class SentryPrivacy implements SentryOptions.BeforeSendCallback {

    @Override
    public SentryEvent execute(SentryEvent event, Hint hint) {
        event.setUser(null);
        Request request = event.getRequest();
        if (request != null) {
            Request kept = new Request();
            kept.setMethod(request.getMethod());
            kept.setUrl(PhoneMasking.mask(request.getUrl()));
            event.setRequest(kept);
        }
        Message message = event.getMessage();
        if (message != null) {
            message.setMessage(PhoneMasking.mask(message.getMessage()));
            message.setFormatted(PhoneMasking.mask(message.getFormatted()));
            if (message.getParams() != null) {
                message.setParams(message.getParams().stream().map(PhoneMasking::mask).toList());
            }
        }
        List<SentryException> exceptions = event.getExceptions();
        if (exceptions != null) {
            exceptions.forEach(exception -> exception.setValue(PhoneMasking.mask(exception.getValue())));
        }
        List<Breadcrumb> breadcrumbs = event.getBreadcrumbs();
        if (breadcrumbs != null) {
            breadcrumbs.forEach(crumb -> {
                crumb.setMessage(PhoneMasking.mask(crumb.getMessage()));
                crumb.getData().replaceAll((key, value) -> value instanceof String text ? PhoneMasking.mask(text) : value);
            });
        }
        Map<String, Object> extras = event.getExtras();
        if (extras != null) {
            extras.replaceAll((key, value) -> value instanceof String text ? PhoneMasking.mask(text) : value);
        }
        return event;
    }
}
