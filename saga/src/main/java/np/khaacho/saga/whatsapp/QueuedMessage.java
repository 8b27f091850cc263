package np.khaacho.saga.whatsapp;

/** An outbox message a relay has claimed; {@code attempts} counts the calls to Twilio made for it so far. */
record QueuedMessage(long id, String phone, String kind, String body, int attempts) {
}
