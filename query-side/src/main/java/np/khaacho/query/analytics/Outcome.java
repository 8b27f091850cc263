package np.khaacho.query.analytics;

/** How a placed order failed; each withdraws the order's value and is counted in a column of its own name. */
enum Outcome {
    REJECTED, CANCELLED, EXPIRED, DECLINED;

    /** The counter column in the daily tables (a fixed name, never user input). */
    String column() {
        return switch (this) {
            case REJECTED -> "rejected";
            case CANCELLED -> "cancelled";
            case EXPIRED -> "expired";
            case DECLINED -> "declined";
        };
    }
}
