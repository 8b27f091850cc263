package np.khaacho.app.support;

import np.khaacho.kernel.stock.CommitStock;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fault of the tests in the command side: committing the stock of a "poisoned" order fails, as a bug
 * would for one kind of order, so that the saga step that commits it throws. Healing mends the bug.
 */
@Component
public class PoisonedCommands {

    private final Set<String> poisonedOrders = ConcurrentHashMap.newKeySet();

    PoisonedCommands(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof CommitStock commit
                    && poisonedOrders.contains(commit.orderId().value())) {
                throw new IllegalStateException("cannot commit the stock of order " + commit.orderId().value());
            }
            return chain.proceed();
        });
    }

    public void poisonStockCommitOf(String orderId) {
        poisonedOrders.add(orderId);
    }

    public void heal(String orderId) {
        poisonedOrders.remove(orderId);
    }
}
