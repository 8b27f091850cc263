package np.khaacho.command.parsing;

import np.khaacho.command.WriteLookups;
import np.khaacho.kernel.reading.ReadingCorrected;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;

/**
 * Each buyer's own words for products, learned from its corrections ({@link ReadingCorrected}), kept in the
 * correction's transaction: the latest correction of the same words is the one that counts, and a buyer's
 * newer words are read before its older ones.
 */
@Component
@ProcessingGroup(WriteLookups.PROCESSING_GROUP)
public class BuyerVocabularies {

    private final JdbcTemplate jdbc;

    BuyerVocabularies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The buyer's words, newest first; none for a message from no known buyer. */
    public Vocabulary of(String buyerId) {
        if (buyerId == null) {
            return Vocabulary.NONE;
        }
        return new Vocabulary(jdbc.query("""
                SELECT words, sku FROM write_model.buyer_aliases WHERE buyer_id = ? ORDER BY learned_at DESC, words""",
                (rs, n) -> new Vocabulary.Alias(rs.getString("words"), rs.getString("sku")), buyerId));
    }

    @EventHandler
    void on(ReadingCorrected event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO write_model.buyer_aliases (buyer_id, words, sku, product_id, corrected_by, correction_id, learned_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (buyer_id, words) DO UPDATE SET sku = EXCLUDED.sku, product_id = EXCLUDED.product_id,
                    corrected_by = EXCLUDED.corrected_by, correction_id = EXCLUDED.correction_id,
                    learned_at = EXCLUDED.learned_at""",
                event.buyerId().value(), event.words().strip().toLowerCase(Locale.ROOT), event.meantSku(),
                event.meant().value(), event.correctedBy().name(), event.correctionId(), java.sql.Timestamp.from(at));
    }
}
