package np.khaacho.query.catalog;

import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.query.common.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Reads of the catalog ({@code read_model.catalog}: products with vendor name and stock), sorted by
 * name, or closest first when a search text narrows the list ({@link CatalogSpecifications}).
 */
@Component
@Transactional(readOnly = true)
class CatalogReader {

    // "basmti" reaches "basmati" at 0.71 and "suger" reaches "sugar" at 0.5: pg_trgm's default (0.6)
    // misses one-letter slips in short words, while lower values let in noise.
    private static final String WORD_SIMILARITY_THRESHOLD = "0.5";

    private final CatalogRows products;

    CatalogReader(CatalogRows products) {
        this.products = products;
    }

    Optional<ProductView> find(ProductId productId, Visibility visibility) {
        return products.findOne(CatalogSpecifications.product(productId, visibility)).map(CatalogRow::view);
    }

    PageOf<ProductView> list(ProductFilter filter, Visibility visibility, Paging paging) {
        if (filter.matchesNothing()) {
            return new PageOf<>(List.of(), paging.page(), paging.size(), 0);
        }
        if (filter.q() == null) {
            return paging.of(products, CatalogSpecifications.listed(filter, visibility), CatalogSpecifications.BY_NAME,
                    CatalogRow::view);
        }
        products.wordSimilarityThreshold(WORD_SIMILARITY_THRESHOLD);
        return paging.of(products, CatalogSpecifications.listed(filter, visibility), Sort.unsorted(),
                CatalogRow::view);
    }

    PageOf<ProductView> search(SearchText q, Visibility visibility, Paging paging) {
        products.wordSimilarityThreshold(WORD_SIMILARITY_THRESHOLD);
        return paging.of(products, CatalogSpecifications.search(q, visibility), Sort.unsorted(), CatalogRow::view);
    }
}
