package np.khaacho.query.catalog;

import np.khaacho.kernel.product.ProductId;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The catalog read model: the products a {@link CatalogSpecifications specification} picks. */
interface CatalogRows extends Repository<CatalogRow, ProductId>, JpaSpecificationExecutor<CatalogRow> {

    /**
     * How close a search text must come to a run of words for the {@code <%} operator, for the rest of
     * the transaction only (SET LOCAL). pg_trgm's default (0.6) misses one-letter slips in short words.
     */
    @Query(value = "SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true)", nativeQuery = true)
    String wordSimilarityThreshold(String threshold);
}
