package np.khaacho.query.common;

import java.util.Optional;
import java.util.function.Function;

/** Typed ids from what a caller typed (a path, a filter): text that is no such id names nothing. */
public final class IdText {

    private IdText() {
    }

    /** The id, or nothing when the text is not of its form (a typed id refuses other text). */
    public static <T> Optional<T> parse(String text, Function<String, T> id) {
        try {
            return Optional.of(id.apply(text));
        } catch (IllegalArgumentException notOfThatKind) {
            return Optional.empty();
        }
    }
}
