package np.khaacho.kernel.order;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fold of order events leaves this event alone on purpose, for the reason given. Its module's tests
 * take an order event that the fold neither handles nor declares ignored for a forgotten one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(IgnoresOrderEvent.All.class)
public @interface IgnoresOrderEvent {

    Class<? extends OrderEvent> value();

    String because();

    /** Holds the declarations when a fold ignores more than one event. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface All {

        IgnoresOrderEvent[] value();
    }
}
