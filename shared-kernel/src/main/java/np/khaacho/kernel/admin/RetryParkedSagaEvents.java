package np.khaacho.kernel.admin;

/**
 * An admin retries the events a saga's processing group parked (sagas keep dead letters of their own):
 * each parked sequence is handled in order until one fails again. Answered with {@link ParkedSagaEventsRetried}.
 */
public record RetryParkedSagaEvents(String processingGroup) {
}
