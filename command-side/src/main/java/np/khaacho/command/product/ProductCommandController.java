package np.khaacho.command.product;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import np.khaacho.command.api.Access;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.api.PathIds;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.ErrorCode;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ChangeProductPrice;
import np.khaacho.kernel.product.DelistProduct;
import np.khaacho.kernel.product.ListProduct;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.UpdateProductDetails;
import np.khaacho.kernel.stock.AdjustStock;
import np.khaacho.kernel.stock.ReceiveStock;
import np.khaacho.kernel.stock.StockId;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Vendors list and maintain their products and stock. */
@RestController
@RequestMapping("/v1/products")
@Tag(name = "Products (commands)")
class ProductCommandController {

    private final CommandSender commands;
    private final ProductDirectory products;
    private final VendorResolver vendors;

    ProductCommandController(CommandSender commands, ProductDirectory products, VendorResolver vendors) {
        this.commands = commands;
        this.products = products;
        this.vendors = vendors;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public ApiResponse<Map<String, Object>> list(@Valid @RequestBody ProductRequest request, Actor actor) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        VendorId vendorId = vendors.actingVendor(actor, request.vendorId());
        String sku = request.sku().trim();
        if (products.bySku(sku).isPresent()) {
            throw new ApiException(ErrorCode.DUPLICATE_SKU, "SKU already listed: " + sku);
        }
        ProductId productId = ProductId.derivedFrom("sku:" + sku);
        commands.send(new ListProduct(productId, vendorId, sku, request.details(), Money.of(request.price()),
                Quantity.of(request.minOrderQuantityOrOne())), actor);
        if (request.initialStock() != null && request.initialStock().signum() > 0) {
            commands.send(new ReceiveStock(StockId.of(productId), productId, Quantity.of(request.initialStock()),
                    "opening stock"), actor);
        }
        return ApiResponse.ok(Map.of("productId", productId, "sku", sku, "vendorId", vendorId), "product listed");
    }

    @PutMapping("/{id}")
    @Transactional
    public ApiResponse<Map<String, Object>> update(@PathVariable("id") String id,
                                                   @Valid @RequestBody ProductRequest request, Actor actor) {
        ProductDirectory.ProductRef product = ownedProduct(id, actor);
        if (!product.sku().equals(request.sku().trim())) {
            throw ApiException.invalid("the SKU of a listed product cannot change");
        }
        commands.send(new UpdateProductDetails(product.productId(), request.details(),
                Quantity.of(request.minOrderQuantityOrOne())), actor);
        commands.send(new ChangeProductPrice(product.productId(), Money.of(request.price())), actor);
        return ApiResponse.ok(Map.of("productId", product.productId()), "product updated");
    }

    @DeleteMapping("/{id}")
    public ApiResponse<Map<String, Object>> delist(@PathVariable("id") String id,
                                                   @RequestParam(name = "reason", required = false) String reason,
                                                   Actor actor) {
        ProductDirectory.ProductRef product = ownedProduct(id, actor);
        commands.send(new DelistProduct(product.productId(), reason == null ? "delisted by vendor" : reason), actor);
        return ApiResponse.ok(Map.of("productId", product.productId(), "status", "DELISTED"), "product delisted");
    }

    @PostMapping("/{id}/stock")
    public ApiResponse<Map<String, Object>> changeStock(@PathVariable("id") String id,
                                                        @Valid @RequestBody StockChangeRequest request, Actor actor) {
        ProductDirectory.ProductRef product = ownedProduct(id, actor);
        StockId stockId = StockId.of(product.productId());
        Quantity quantity = Quantity.of(request.quantity());
        switch (request.type()) {
            case RECEIVE -> {
                if (!quantity.isPositive()) {
                    throw ApiException.invalid("a receipt needs a positive quantity");
                }
                commands.send(new ReceiveStock(stockId, product.productId(), quantity,
                        request.reason() == null ? "received" : request.reason()), actor);
            }
            case ADJUST -> {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw ApiException.invalid("an adjustment needs a reason");
                }
                commands.send(new AdjustStock(stockId, quantity, request.reason()), actor);
            }
        }
        return ApiResponse.ok(Map.of("productId", product.productId(), "type", request.type(),
                "quantity", quantity), "stock updated");
    }

    private ProductDirectory.ProductRef ownedProduct(String id, Actor actor) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        ProductDirectory.ProductRef product = PathIds.parse(id, ProductId::of).flatMap(products::byId)
                .orElseThrow(() -> ApiException.notFound("product", id));
        Access.requireVendorOrAdmin(actor, product.vendorId());
        return product;
    }
}
