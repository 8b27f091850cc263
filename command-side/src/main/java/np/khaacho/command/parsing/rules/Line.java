package np.khaacho.command.parsing.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * One item of a message: the product words (catalog keys) or unknown words it names, its quantities
 * (a count, and perhaps a size: "Tokla tea 500 g ko 10 packet"), and where it stands in the text.
 *
 * @param unknown    its words are not the catalog's ("3 crates eggs")
 * @param weak       its words alone name nothing ("good", "red")
 * @param descriptor an unknown word follows the product words ("Dettol handwash"): another product
 */
record Line(List<String> words, List<Quantity> quantities, boolean unknown, boolean weak, boolean descriptor,
            int start, int end) {

    /** A number with its unit (null when none was written); {@code afterWords} when it follows the product words. */
    record Quantity(BigDecimal amount, Unit unit, boolean afterWords) {
    }
}
