package np.khaacho.query.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

/**
 * The PostgreSQL operators and functions the read models' queries use, by name: pg_trgm's word
 * similarity (the {@code <%} operator, which its trigram index serves), full-text match of plain
 * words, and the number an order number ends with. Loaded by Hibernate (META-INF/services).
 */
public class PostgresReadFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        var types = functions.getTypeConfiguration().getBasicTypeRegistry();
        BasicType<Boolean> bool = types.resolve(StandardBasicTypes.BOOLEAN);
        BasicType<Double> real = types.resolve(StandardBasicTypes.DOUBLE);
        BasicType<String> text = types.resolve(StandardBasicTypes.STRING);
        var registry = functions.getFunctionRegistry();
        // whether the first text is close to a run of words of the second
        registry.registerPattern("word_similar", "(?1 <% ?2)", bool);
        registry.registerPattern("word_similarity", "word_similarity(?1, ?2)", real);
        registry.registerPattern("similarity", "similarity(?1, ?2)", real);
        // whether a tsvector holds all the words of a plain text
        registry.registerPattern("matches_words", "(?1 @@ plainto_tsquery('simple', ?2))", bool);
        // the digits an order number ends with, without leading zeros (KH-001042 → 1042)
        registry.registerPattern("trailing_number", "ltrim(substring(?1 from '[0-9]+$'), '0')", text);
    }
}
