package np.khaacho.kernel.reading;

/** Who said what a buyer's words meant. */
public enum CorrectedBy {
    /** The buyer, answering its summary ("chini bhaneko 1 kg ko packet"). */
    BUYER,
    /** The order's vendor, fixing a line as it confirmed the rest. */
    VENDOR
}
