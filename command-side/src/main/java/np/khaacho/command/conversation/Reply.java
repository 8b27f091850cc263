package np.khaacho.command.conversation;

/** An answer to be sent to whoever wrote: a user's id, or {@code lead:<phone>} for a phone no user has. */
record Reply(String recipientId, String body) {

    static Reply toStranger(String phone, String body) {
        return new Reply("lead:" + phone, body);
    }
}
