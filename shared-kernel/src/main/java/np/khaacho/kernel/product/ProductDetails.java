package np.khaacho.kernel.product;

import java.util.List;

/** What a buyer reads about a product: names in English and Nepali, aliases for matching, category, sale unit and pack size. */
public record ProductDetails(
        String name,
        String nameNe,
        List<String> aliases,
        String category,
        String unit,
        String packSize) {
}
