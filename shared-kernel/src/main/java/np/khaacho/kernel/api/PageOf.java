package np.khaacho.kernel.api;

import java.util.List;

/** One page of a list the API answers: the items, which page, its size, and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }
}
