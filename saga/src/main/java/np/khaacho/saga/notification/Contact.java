package np.khaacho.saga.notification;

/** A user as messages address them: phone, the name others know them by, and their language. */
record Contact(String userId, String role, String phone, String displayName, String language) {
}
