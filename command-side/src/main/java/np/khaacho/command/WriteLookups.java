package np.khaacho.command;

/**
 * The processing group of the write side's lookup tables. It is a subscribing processor: the
 * tables change in the same transaction as the events, so a unique constraint there (a phone, a
 * SKU) refuses the command that would break it.
 */
public final class WriteLookups {

    public static final String PROCESSING_GROUP = "write-lookups";

    private WriteLookups() {
    }
}
