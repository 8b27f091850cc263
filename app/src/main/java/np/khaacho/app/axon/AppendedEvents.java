package np.khaacho.app.axon;

import java.util.OptionalLong;

/**
 * The global index of the newest event a piece of work on this thread appended to the event store,
 * recorded only while that work asks for it (a command sent over HTTP, whose answer waits until the
 * projections have processed what it wrote).
 */
public final class AppendedEvents {

    private static final ThreadLocal<long[]> NEWEST = new ThreadLocal<>();

    private AppendedEvents() {
    }

    /** Starts recording on this thread. */
    public static void watch() {
        NEWEST.set(new long[]{-1});
    }

    /** Stops recording on this thread: the newest index appended since {@link #watch()}, if any. */
    public static OptionalLong stop() {
        long[] newest = NEWEST.get();
        NEWEST.remove();
        return newest == null || newest[0] < 0 ? OptionalLong.empty() : OptionalLong.of(newest[0]);
    }

    static boolean watching() {
        return NEWEST.get() != null;
    }

    static void appended(long index) {
        long[] newest = NEWEST.get();
        if (newest != null) {
            newest[0] = Math.max(newest[0], index);
        }
    }
}
