package np.khaacho.command.order;

import np.khaacho.command.parsing.LineCorrections;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.command.product.ProductDirectory.ProductRef;
import np.khaacho.command.whatsapp.InboundStore;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.reading.LineMeant;
import org.springframework.stereotype.Component;

/**
 * A vendor says a line of an order was read wrong from the buyer's message and names the product the buyer
 * meant: it must be one of the vendor's own, and the line must have been read from a message; the buyer's
 * words for the line are its product words as written there ("chini" of "chini 2").
 */
@Component
class MisreadLines {

    private final ProductDirectory products;
    private final InboundStore inbound;
    private final LineCorrections corrections;

    MisreadLines(ProductDirectory products, InboundStore inbound, LineCorrections corrections) {
        this.products = products;
        this.inbound = inbound;
        this.corrections = corrections;
    }

    LineMeant meant(OrderDirectory.OrderParties order, ProductRef line, String meantSku) {
        ProductRef meant = products.bySku(meantSku.trim()).filter(p -> p.vendorId().equals(order.vendorId()))
                .orElseThrow(() -> ApiException.invalid("meant: " + meantSku.trim() + " is not one of your products"));
        String asked = inbound.askedFor(order.orderId().value(), line.sku())
                .orElseThrow(() -> ApiException.invalid("the line " + line.sku()
                        + " was not read from a message of the buyer, so there are no words of its to correct"));
        String words = corrections.productWords(asked);
        if (words.isBlank()) {
            throw ApiException.invalid("the buyer wrote no words for " + line.sku() + " (\"" + asked + "\") to learn");
        }
        return new LineMeant(meant.productId(), meant.sku(), words);
    }
}
