package np.khaacho.query.catalog;

import np.khaacho.query.common.Paging;
import np.khaacho.kernel.api.PageOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads of the catalog ({@code read_model.catalog}: products with vendor name and stock). A search
 * text matches a product when it is close to a run of words of the product's names, SKU or aliases
 * (trigram word similarity, which forgives a missing or wrong letter), is a substring of them, or
 * all its words occur in them; the closest come first.
 */
@Repository
class CatalogReader {

    // "basmti" reaches "basmati" at 0.71 and "suger" reaches "sugar" at 0.5: pg_trgm's default (0.6)
    // misses one-letter slips in short words, while lower values let in noise.
    private static final String WORD_SIMILARITY_THRESHOLD = "0.5";
    private static final String COLUMNS = """
            product_id, vendor_id, vendor_name, sku, name, name_ne, aliases, category, unit, pack_size, price,
            min_order_qty, status, on_hand, reserved, available""";
    private static final String MATCHES = """
            (:q <% search_text OR search_text LIKE :pattern ESCAPE '\\'
             OR search_vector @@ plainto_tsquery('simple', :q))""";
    private static final String RANK = """
            greatest(word_similarity(:q, search_text),
                     CASE WHEN search_text LIKE :pattern ESCAPE '\\' THEN 1 ELSE 0 END)""";
    private static final String CLOSEST_FIRST = RANK + " DESC, similarity(:q, lower(name)) DESC, name, product_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    CatalogReader(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    Optional<ProductView> find(String productId, Visibility visibility) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", productId);
        String where = "product_id = :id AND " + visible(visibility, parameters);
        return jdbc.query("SELECT " + COLUMNS + " FROM read_model.catalog WHERE " + where, parameters, ROW)
                .stream().findFirst();
    }

    /** Sorted by name, or closest first when a search text narrows the list. */
    PageOf<ProductView> list(ProductFilter filter, Visibility visibility, Paging paging) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        conditions.add(visible(visibility, parameters));
        if (filter.vendorId() != null) {
            conditions.add("vendor_id = :vendorId");
            parameters.addValue("vendorId", filter.vendorId());
        }
        if (filter.category() != null) {
            conditions.add("lower(category) = lower(:category)");
            parameters.addValue("category", filter.category());
        }
        if (filter.sku() != null) {
            conditions.add("lower(sku) = lower(:sku)");
            parameters.addValue("sku", filter.sku());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.addValue("status", filter.status().name());
        }
        String order = "name, product_id";
        if (filter.q() != null) {
            conditions.add(MATCHES);
            searchFor(filter.q(), parameters);
            order = CLOSEST_FIRST;
        }
        return page(String.join(" AND ", conditions), order, parameters, paging);
    }

    PageOf<ProductView> search(SearchText q, Visibility visibility, Paging paging) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        searchFor(q, parameters);
        return page(visible(visibility, parameters) + " AND " + MATCHES, CLOSEST_FIRST, parameters, paging);
    }

    private PageOf<ProductView> page(String where, String order, MapSqlParameterSource parameters, Paging paging) {
        parameters.addValue("limit", paging.size()).addValue("offset", paging.offset());
        return readOnly.execute(status -> {
            // SET LOCAL: the threshold of the <% operator, for this transaction only
            jdbc.getJdbcTemplate().queryForObject("SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)",
                    String.class, WORD_SIMILARITY_THRESHOLD);
            Long total = jdbc.queryForObject("SELECT count(*) FROM read_model.catalog WHERE " + where, parameters,
                    Long.class);
            List<ProductView> items = jdbc.query("SELECT " + COLUMNS + " FROM read_model.catalog WHERE " + where
                    + " ORDER BY " + order + " LIMIT :limit OFFSET :offset", parameters, ROW);
            return new PageOf<>(items, paging.page(), paging.size(), total == null ? 0 : total);
        });
    }

    private static void searchFor(SearchText q, MapSqlParameterSource parameters) {
        parameters.addValue("q", q.text()).addValue("pattern", q.likePattern());
    }

    private static String visible(Visibility visibility, MapSqlParameterSource parameters) {
        if (visibility.everything()) {
            return "TRUE";
        }
        if (visibility.ownVendorId() == null) {
            return "status = 'ACTIVE'";
        }
        parameters.addValue("me", visibility.ownVendorId());
        return "(status = 'ACTIVE' OR vendor_id = :me)";
    }

    private static final RowMapper<ProductView> ROW = (rs, n) -> new ProductView(
            rs.getString("product_id"), rs.getString("vendor_id"), rs.getString("vendor_name"), rs.getString("sku"),
            rs.getString("name"), rs.getString("name_ne"), aliases(rs), rs.getString("category"),
            rs.getString("unit"), rs.getString("pack_size"), rs.getBigDecimal("price"),
            quantity(rs, "min_order_qty"), rs.getString("status"),
            new ProductView.Stock(quantity(rs, "on_hand"), quantity(rs, "reserved"), quantity(rs, "available")));

    private static List<String> aliases(ResultSet rs) throws SQLException {
        Array array = rs.getArray("aliases");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** 420 rather than 420.000: quantities are shown as the events carry them. */
    private static BigDecimal quantity(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
