package np.khaacho.command.pricing;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import np.khaacho.command.api.Access;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.api.PathIds;
import np.khaacho.command.product.ProductDirectory;
import np.khaacho.command.product.VendorResolver;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Money;
import np.khaacho.kernel.common.Quantity;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.BuyerId;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.pricing.ChangePriceListTerms;
import np.khaacho.kernel.pricing.CreatePriceList;
import np.khaacho.kernel.pricing.PriceListId;
import np.khaacho.kernel.pricing.PriceTier;
import np.khaacho.kernel.pricing.SetListPrice;
import np.khaacho.kernel.product.ProductId;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Vendors keep price lists: for every buyer, for groups of buyers, for one buyer; in tiers, for some days. */
@RestController
@RequestMapping("/v1/price-lists")
@Tag(name = "Price lists (commands)")
class PriceListCommandController {

    private final CommandSender commands;
    private final PriceListDirectory lists;
    private final ProductDirectory products;
    private final VendorResolver vendors;
    private final JdbcTemplate jdbc;

    PriceListCommandController(CommandSender commands, PriceListDirectory lists, ProductDirectory products,
                               VendorResolver vendors, JdbcTemplate jdbc) {
        this.commands = commands;
        this.lists = lists;
        this.products = products;
        this.vendors = vendors;
        this.jdbc = jdbc;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ApiResponse<Map<String, Object>> create(@Valid @RequestBody PriceListRequest request, Actor actor) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        VendorId vendorId = vendors.actingVendor(actor, request.vendorId());
        if (request.kind() == null) {
            throw ApiException.invalid("kind is required: BASE, GROUP or BUYER");
        }
        PriceListId id = PriceListId.random();
        commands.send(new CreatePriceList(id, vendorId, request.name(), request.kind(), buyers(request.buyers()),
                request.validFrom(), request.validUntil()), actor);
        return ApiResponse.ok(Map.of("priceListId", id, "vendorId", vendorId), "price list created");
    }

    @PutMapping("/{id}")
    public ApiResponse<Map<String, Object>> change(@PathVariable("id") String id,
                                                   @Valid @RequestBody PriceListRequest request, Actor actor) {
        PriceListDirectory.Owned list = ownedList(id, actor);
        if (request.kind() != null && request.kind() != list.kind()) {
            throw ApiException.invalid("a price list keeps its kind (" + list.kind() + "); make a new list instead");
        }
        commands.send(new ChangePriceListTerms(list.priceListId(), request.name(), buyers(request.buyers()),
                request.validFrom(), request.validUntil()), actor);
        return ApiResponse.ok(Map.of("priceListId", list.priceListId()), "price list changed");
    }

    @PutMapping("/{id}/prices/{product}")
    public ApiResponse<Map<String, Object>> setPrice(@PathVariable("id") String id,
                                                     @PathVariable("product") String product,
                                                     @Valid @RequestBody ListPriceRequest request, Actor actor) {
        PriceListDirectory.Owned list = ownedList(id, actor);
        ProductId productId = productOf(list, product);
        List<PriceTier> tiers = request.tiers().stream()
                .map(tier -> new PriceTier(Quantity.of(tier.from()), Money.of(tier.price()))).toList();
        commands.send(new SetListPrice(list.priceListId(), productId, tiers), actor);
        return ApiResponse.ok(Map.of("priceListId", list.priceListId(), "productId", productId, "tiers", tiers),
                "list price set");
    }

    @DeleteMapping("/{id}/prices/{product}")
    public ApiResponse<Map<String, Object>> removePrice(@PathVariable("id") String id,
                                                        @PathVariable("product") String product, Actor actor) {
        PriceListDirectory.Owned list = ownedList(id, actor);
        ProductId productId = productOf(list, product);
        commands.send(new SetListPrice(list.priceListId(), productId, List.of()), actor);
        return ApiResponse.ok(Map.of("priceListId", list.priceListId(), "productId", productId),
                "product taken off the list");
    }

    private PriceListDirectory.Owned ownedList(String id, Actor actor) {
        Access.requireRole(actor, Role.VENDOR, Role.ADMIN);
        PriceListDirectory.Owned list = PathIds.parse(id, PriceListId::of).flatMap(lists::byId)
                .orElseThrow(() -> ApiException.notFound("price list", id));
        Access.requireVendorOrAdmin(actor, list.vendorId());
        return list;
    }

    /** A product of the list's vendor, by id or SKU. */
    private ProductId productOf(PriceListDirectory.Owned list, String product) {
        ProductDirectory.ProductRef found = PathIds.parse(product, ProductId::of).flatMap(products::byId)
                .or(() -> products.bySku(product))
                .orElseThrow(() -> ApiException.notFound("product", product));
        if (!found.vendorId().equals(list.vendorId())) {
            throw ApiException.notFound("product", product);
        }
        return found.productId();
    }

    /** The named buyers, each one known; an unknown one is refused by name. */
    private List<BuyerId> buyers(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>(jdbc.queryForList(
                "SELECT user_id FROM write_model.buyer_profiles WHERE user_id = ANY (?)", String.class,
                (Object) ids.toArray(String[]::new)));
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("unknown buyers: " + String.join(", ", unknown));
        }
        return ids.stream().map(BuyerId::of).toList();
    }
}
