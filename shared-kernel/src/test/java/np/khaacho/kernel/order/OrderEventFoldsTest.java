package np.khaacho.kernel.order;

import org.junit.jupiter.api.Test;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

import static np.khaacho.kernel.order.OrderEventFolds.assertFoldsEveryOrderEvent;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderEventFoldsTest {

    @Retention(RetentionPolicy.RUNTIME)
    @interface Handler {
    }

    static class FoldOfTheWholeFamily {
        @Handler
        void on(OrderEvent event) {
        }
    }

    @IgnoresOrderEvent(value = OrderPaid.class, because = "a test")
    static class FoldOfAFew {
        @Handler
        void on(OrderPlaced event) {
        }

        @Handler
        void on(OrderDrafted event) {
        }
    }

    @IgnoresOrderEvent(value = OrderPlaced.class, because = "a test")
    static class FoldThatHandlesWhatItIgnores {
        @Handler
        void on(OrderEvent event) {
        }
    }

    @IgnoresOrderEvent(value = OrderPlaced.class, because = " ")
    static class FoldWithoutReasons {
        void on(OrderEvent event) {
        }
    }

    @Test
    void acceptsAFoldThatHandlesTheWholeFamily() {
        assertThatCode(() -> assertFoldsEveryOrderEvent(FoldOfTheWholeFamily.class, Handler.class))
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryEventAFoldNeitherHandlesNorIgnores() {
        assertThatThrownBy(() -> assertFoldsEveryOrderEvent(FoldOfAFew.class, Handler.class))
                .hasMessageContaining("OrderConfirmed is neither handled nor declared ignored")
                .hasMessageContaining("PaymentReminded is neither handled nor declared ignored")
                .hasMessageNotContaining("OrderPlaced is neither")
                .hasMessageNotContaining("OrderPaid is neither");
    }

    @Test
    void refusesAnEventDeclaredIgnoredThatIsHandled() {
        assertThatThrownBy(() -> assertFoldsEveryOrderEvent(FoldThatHandlesWhatItIgnores.class, Handler.class))
                .hasMessageContaining("OrderPlaced is handled, yet declared ignored");
    }

    @Test
    void refusesAnEventIgnoredWithoutAReason() {
        assertThatThrownBy(() -> assertFoldsEveryOrderEvent(FoldWithoutReasons.class, Handler.class))
                .hasMessageContaining("OrderPlaced is declared ignored without a reason");
    }
}
