package np.khaacho.command.product;

import np.khaacho.command.Violations;
import np.khaacho.kernel.common.DomainException;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ChangeProductPrice;
import np.khaacho.kernel.product.DelistProduct;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductDelisted;
import np.khaacho.kernel.product.ProductDetails;
import np.khaacho.kernel.product.ProductDetailsUpdated;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductListed;
import np.khaacho.kernel.product.ProductPriceChanged;
import np.khaacho.kernel.product.ProductStatus;
import np.khaacho.kernel.product.UpdateProductDetails;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A vendor's product listing: what it is, its price and minimum order quantity, and whether it is on
 * sale. SKU uniqueness across listings is kept by a lookup table, not here.
 */
@Aggregate
public class Product {

    @AggregateIdentifier
    private ProductId productId;
    private VendorId vendorId;
    private ProductDetails details;
    private Quantity minOrderQuantity;
    private Money price;
    private ProductStatus status;

    protected Product() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Product(ListProduct command) {
        Violations violations = Violations.check()
                .present(command.vendorId(), "vendorId")
                .notBlank(command.sku(), "sku")
                .positive(command.price(), "price");
        checkDetails(violations, command.details(), command.minOrderQuantity()).orRefuse("product listing");
        apply(new ProductListed(command.productId(), command.vendorId(), command.sku(), command.details(),
                command.price(), command.minOrderQuantity()));
    }

    @CommandHandler
    public void handle(UpdateProductDetails command) {
        refuseIfDelisted("update");
        checkDetails(Violations.check(), command.details(), command.minOrderQuantity()).orRefuse("product details");
        if (command.details().equals(details) && command.minOrderQuantity().equals(minOrderQuantity)) {
            return;
        }
        apply(new ProductDetailsUpdated(productId, vendorId, command.details(), command.minOrderQuantity()));
    }

    @CommandHandler
    public void handle(ChangeProductPrice command) {
        refuseIfDelisted("reprice");
        Violations.check().positive(command.price(), "price").orRefuse("product price");
        if (command.price().equals(price)) {
            return;
        }
        apply(new ProductPriceChanged(productId, vendorId, price, command.price()));
    }

    @CommandHandler
    public void handle(DelistProduct command) {
        if (status == ProductStatus.DELISTED) {
            return;
        }
        apply(new ProductDelisted(productId, vendorId, command.reason()));
    }

    private static Violations checkDetails(Violations violations, ProductDetails details, Quantity minOrderQuantity) {
        violations.present(details, "details");
        if (details != null) {
            violations.notBlank(details.name(), "details.name")
                    .notBlank(details.unit(), "details.unit");
        }
        return violations.positive(minOrderQuantity, "minOrderQuantity");
    }

    private void refuseIfDelisted(String action) {
        if (status == ProductStatus.DELISTED) {
            throw DomainException.illegalTransition("product " + productId, status, action);
        }
    }

    @EventSourcingHandler
    void on(ProductListed event) {
        productId = event.productId();
        vendorId = event.vendorId();
        details = event.details();
        price = event.price();
        minOrderQuantity = event.minOrderQuantity();
        status = ProductStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(ProductDetailsUpdated event) {
        details = event.details();
        minOrderQuantity = event.minOrderQuantity();
    }

    @EventSourcingHandler
    void on(ProductPriceChanged event) {
        price = event.price();
    }

    @EventSourcingHandler
    void on(ProductDelisted event) {
        status = ProductStatus.DELISTED;
    }
}
