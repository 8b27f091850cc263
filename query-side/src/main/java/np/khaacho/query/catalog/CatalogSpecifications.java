package np.khaacho.query.catalog;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import np.khaacho.kernel.party.VendorId;
import np.khaacho.kernel.product.ProductId;
import np.khaacho.kernel.product.ProductStatus;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/**
 * Which products a read picks. A search text matches a product when it is close to a run of words of
 * the product's names, SKU or aliases (trigram word similarity, which forgives a missing or wrong
 * letter), is a substring of them, or all its words occur in them; the closest come first.
 */
final class CatalogSpecifications {

    /** Lists without a search text. */
    static final Sort BY_NAME = Sort.by("name", "id");
    private static final char LIKE_ESCAPE = '\\';

    private CatalogSpecifications() {
    }

    static Specification<CatalogRow> product(ProductId id, Visibility visibility) {
        return Specification.allOf(visibleTo(visibility),
                (product, query, where) -> where.equal(product.get("id"), id));
    }

    /** The products of the list; with a search text, the closest first. */
    static Specification<CatalogRow> listed(ProductFilter filter, Visibility visibility) {
        List<Specification<CatalogRow>> conditions = new ArrayList<>();
        conditions.add(visibleTo(visibility));
        if (filter.vendorId() != null) {
            conditions.add((product, query, where) -> where.equal(product.get("vendorId"), filter.vendorId()));
        }
        if (filter.category() != null) {
            conditions.add((product, query, where) -> sameIgnoringCase(product.get("category"), filter.category(),
                    where));
        }
        if (filter.sku() != null) {
            conditions.add((product, query, where) -> sameIgnoringCase(product.get("sku"), filter.sku(), where));
        }
        if (filter.status() != null) {
            conditions.add((product, query, where) -> where.equal(product.get("status"), filter.status()));
        }
        if (filter.q() != null) {
            conditions.add(closestFirst(filter.q()));
        }
        return Specification.allOf(conditions);
    }

    static Specification<CatalogRow> search(SearchText q, Visibility visibility) {
        return Specification.allOf(visibleTo(visibility), closestFirst(q));
    }

    /** Everyone sees the active products; a vendor also its own delisted ones; an admin all. */
    private static Specification<CatalogRow> visibleTo(Visibility visibility) {
        if (visibility.everything()) {
            return (product, query, where) -> null;
        }
        if (visibility.ownVendorId() == null) {
            return (product, query, where) -> where.equal(product.get("status"), ProductStatus.ACTIVE);
        }
        return (product, query, where) -> where.or(where.equal(product.get("status"), ProductStatus.ACTIVE),
                where.equal(product.get("vendorId"), visibility.ownVendorId()));
    }

    /** The products the text matches, ordered by how close they come (the list's order, set here). */
    private static Specification<CatalogRow> closestFirst(SearchText q) {
        return (product, query, where) -> {
            Expression<String> text = bound(where, q.text());
            Expression<String> pattern = bound(where, q.likePattern());
            Expression<String> searchText = product.get("searchText");
            query.orderBy(where.desc(rank(product, text, pattern, where)),
                    where.desc(where.function("similarity", Double.class, text, where.lower(product.get("name")))),
                    where.asc(product.get("name")), where.asc(product.get("id")));
            return where.or(where.isTrue(where.function("word_similar", Boolean.class, text, searchText)),
                    where.like(searchText, pattern, LIKE_ESCAPE),
                    where.isTrue(where.function("matches_words", Boolean.class, product.get("searchVector"), text)));
        };
    }

    /** 1 for a substring, else how close the text comes to a run of words. */
    private static Expression<Double> rank(Root<CatalogRow> product, Expression<String> text,
                                           Expression<String> pattern, CriteriaBuilder where) {
        Expression<String> searchText = product.get("searchText");
        return where.function("greatest", Double.class,
                where.function("word_similarity", Double.class, text, searchText),
                where.<Double>selectCase().when(where.like(searchText, pattern, LIKE_ESCAPE), 1.0).otherwise(0.0));
    }

    private static Predicate sameIgnoringCase(Expression<String> column, String value, CriteriaBuilder where) {
        return where.equal(where.lower(column), where.lower(bound(where, value)));
    }

    /** A value as a bound parameter, where an expression is needed. */
    private static Expression<String> bound(CriteriaBuilder where, String value) {
        return ((HibernateCriteriaBuilder) where).value(value);
    }
}
