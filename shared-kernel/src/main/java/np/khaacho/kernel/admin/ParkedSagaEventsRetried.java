package np.khaacho.kernel.admin;

/** What a {@link RetryParkedSagaEvents} did: sequences tried, those now clear, those still parked. */
public record ParkedSagaEventsRetried(int sequencesTried, int sequencesReleased, long stillParked) {
}
