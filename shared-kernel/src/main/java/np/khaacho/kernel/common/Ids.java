package np.khaacho.kernel.common;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Helpers for typed identifiers: every aggregate type has its own prefix, so ids never collide. */
public final class Ids {

    private Ids() {
    }

    public static String random(String prefix) {
        return prefix + UUID.randomUUID();
    }

    /** The same name always gives the same id: used where a retry must not create a second thing. */
    public static String derived(String prefix, String name) {
        return prefix + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The id the text names, or nothing when the text is not of that id's form (as a typed id refuses it). */
    public static <T> Optional<T> parse(String text, Function<String, T> id) {
        try {
            return Optional.of(id.apply(text));
        } catch (IllegalArgumentException notThatKindOfId) {
            return Optional.empty();
        }
    }

    public static String requirePrefix(String value, String prefix) {
        if (value == null || !value.startsWith(prefix) || value.length() == prefix.length()) {
            throw new IllegalArgumentException("not an id of the form " + prefix + "…: " + value);
        }
        return value;
    }
}
