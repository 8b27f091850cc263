package np.khaacho.command.order;

import np.khaacho.command.product.ProductDirectory.ProductRef;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.demand.DemandLost;
import np.khaacho.kernel.demand.LostDemandCause;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An API order refused before it was made (below the vendor's minimums, outside its delivery area): each line
 * of the refused vendor's share is demand lost, recorded in a transaction of its own, since the request's
 * own is rolled back with the refusal. With an idempotency key a retried request counts once; without one
 * each refused request counts.
 */
@Component
class RefusedDemand {

    private final EventGateway events;
    private final LinePricing pricing;
    private final TransactionTemplate separately;

    RefusedDemand(EventGateway events, LinePricing pricing, PlatformTransactionManager transactions) {
        this.events = events;
        this.pricing = pricing;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records the refused share's lines when the refusal is one of demand lost. */
    void record(BuyerId buyer, VendorId vendor, Map<ProductRef, Quantity> lines, DomainException refusal,
                String idempotencyKey) {
        Optional<LostDemandCause> cause = LostDemandCause.ofRefusal(refusal.code());
        if (cause.isEmpty()) {
            return;
        }
        String request = idempotencyKey == null ? UUID.randomUUID().toString() : buyer.value() + "|" + idempotencyKey;
        separately.executeWithoutResult(status -> lines.forEach((product, quantity) -> {
            Money unitPrice = pricing.price(buyer, product.productId(), quantity).map(LinePricing.Priced::unitPrice)
                    .orElse(product.price());
            events.publish(new DemandLost("api|" + request + "|" + product.productId().value() + "|" + cause.get(),
                    cause.get(), buyer, vendor, product.productId(), product.sku(), product.sku(), quantity, unitPrice,
                    unitPrice.times(quantity), null));
        }));
    }
}
