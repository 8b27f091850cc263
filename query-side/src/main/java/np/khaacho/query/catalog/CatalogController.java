package np.khaacho.query.catalog;

import np.khaacho.query.common.Paging;
import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Ids;
import np.khaacho.kernel.product.ProductId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog with current stock, for every signed-in role: lists, one product, and typo-tolerant search. */
@RestController
@RequestMapping("/v1/products")
@Tag(name = "Products (queries)")
class CatalogController {

    private final CatalogReader reader;
    private final BuyerPrices prices;

    CatalogController(CatalogReader reader, BuyerPrices prices) {
        this.reader = reader;
        this.prices = prices;
    }

    @GetMapping
    public ApiResponse<PageOf<ProductView>> list(@RequestParam(name = "vendorId", required = false) String vendorId,
                                                 @RequestParam(name = "category", required = false) String category,
                                                 @RequestParam(name = "sku", required = false) String sku,
                                                 @RequestParam(name = "q", required = false) String q,
                                                 @RequestParam(name = "status", required = false) String status,
                                                 @RequestParam(name = "page", required = false) Integer page,
                                                 @RequestParam(name = "size", required = false) Integer size,
                                                 Actor actor) {
        ProductFilter filter = ProductFilter.of(vendorId, category, sku, q, status);
        return ApiResponse.ok(prices.of(reader.list(filter, Visibility.of(actor), Paging.of(page, size)), actor));
    }

    /** Closest first: names, Nepali names, aliases and SKUs, forgiving small typos. */
    @GetMapping("/search")
    public ApiResponse<PageOf<ProductView>> search(@RequestParam(name = "q", required = false) String q,
                                                   @RequestParam(name = "page", required = false) Integer page,
                                                   @RequestParam(name = "size", required = false) Integer size,
                                                   Actor actor) {
        SearchText text = SearchText.of(q);
        return ApiResponse.ok(prices.of(reader.search(text, Visibility.of(actor), Paging.of(page, size)), actor));
    }

    @GetMapping("/{id}")
    public ApiResponse<ProductView> get(@PathVariable("id") String id, Actor actor) {
        Visibility visibility = Visibility.of(actor);
        return ApiResponse.ok(prices.of(Ids.parse(id, ProductId::of).flatMap(product -> reader.find(product, visibility))
                .orElseThrow(() -> ApiException.notFound("product", id)), actor));
    }
}
