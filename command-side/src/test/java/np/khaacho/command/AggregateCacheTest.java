package np.khaacho.command;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AggregateCacheTest {

    @Test
    void keepsTheMostRecentlyUsedUpToItsCapacity() {
        AggregateCache cache = new AggregateCache(2, id -> Optional.empty());
        cache.put("stock-a", "a");
        cache.put("stock-b", "b");
        assertThat((String) cache.get("stock-a")).isEqualTo("a");
        cache.put("stock-c", "c");

        assertThat(cache.containsKey("stock-b")).as("the least recently used goes first").isFalse();
        assertThat(cache.containsKey("stock-a")).isTrue();
        assertThat(cache.containsKey("stock-c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void forgetsWhatItIsToldToForget() {
        AggregateCache cache = new AggregateCache(10, id -> Optional.empty());
        cache.put("credit-a", "a");
        assertThat(cache.remove("credit-a")).isTrue();
        assertThat((Object) cache.get("credit-a")).isNull();
        assertThat(cache.putIfAbsent("credit-a", "b")).isTrue();
        assertThat(cache.putIfAbsent("credit-a", "c")).isFalse();
        assertThat((String) cache.get("credit-a")).isEqualTo("b");
    }
}
