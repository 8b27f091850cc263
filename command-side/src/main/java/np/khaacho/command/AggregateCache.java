package np.khaacho.command;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The aggregates of one type that commands used last, kept in memory (at most {@code capacity}, the
 * least recently used go first), so that a command on a hot stock or credit account does not read
 * and apply its snapshot and events again.
 * <p>
 * Several instances may share one event store. A cached aggregate is used only while the store holds
 * no newer event of it than the entry does: one indexed look-up of the newest sequence number instead
 * of a load. Otherwise the entry is dropped and the aggregate loaded afresh. A command can still race
 * another instance between that look-up and its commit: its events then collide with the other's on
 * the store's unique key, the unit of work rolls back (which drops the entry) and the command is sent
 * again ({@link ConflictRetry}). A command that decided to do nothing decided on the state as of the
 * look-up, which is as if it had run just before the other instance's.
 * <p>
 * Used by Axon's caching repository only, which registers no listeners.
 */
public final class AggregateCache implements Cache {

    /** Axon keeps an entry's version to itself; the check needs it. */
    private static final Field VERSION;

    static {
        try {
            VERSION = AggregateCacheEntry.class.getDeclaredField("version");
            VERSION.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError("AggregateCacheEntry has no version field: " + e);
        }
    }

    private final Map<Object, Object> entries;
    private final Function<String, Optional<Long>> storedVersion;

    /**
     * @param storedVersion the newest sequence number the event store holds for an aggregate identifier
     */
    public AggregateCache(int capacity, Function<String, Optional<Long>> storedVersion) {
        this.storedVersion = storedVersion;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry == null) {
            return null;
        }
        if (entry instanceof AggregateCacheEntry<?> cached && !isCurrent(key, cached)) {
            synchronized (entries) {
                entries.remove(key, entry);
            }
            return null;
        }
        return (V) entry;
    }

    private boolean isCurrent(Object key, AggregateCacheEntry<?> entry) {
        return Objects.equals(storedVersion.apply(key.toString()).orElse(null), versionOf(entry));
    }

    private static Long versionOf(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the version of a cached aggregate", e);
        }
    }

    @Override
    public void put(Object key, Object value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        synchronized (entries) {
            return entries.putIfAbsent(key, value) == null;
        }
    }

    @Override
    public boolean remove(Object key) {
        synchronized (entries) {
            return entries.remove(key) != null;
        }
    }

    @Override
    public void removeAll() {
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        synchronized (entries) {
            return entries.containsKey(key);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        throw new UnsupportedOperationException("an aggregate cache tells no listeners");
    }
}
