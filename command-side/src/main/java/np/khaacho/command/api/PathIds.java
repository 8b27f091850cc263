package np.khaacho.command.api;

import np.khaacho.kernel.common.Ids;

import java.util.Optional;
import java.util.function.Function;

/** Reads a typed id from a URL; a malformed id is simply one that does not exist. */
public final class PathIds {

    private PathIds() {
    }

    public static <T> Optional<T> parse(String raw, Function<String, T> factory) {
        return Ids.parse(raw, factory);
    }
}
