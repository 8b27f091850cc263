package np.khaacho.kernel.common;

/** Through which door a command came in; recorded on every event it causes. */
public enum Channel {
    API, WHATSAPP, PORTAL, SYSTEM, DEMO_DATA,
    /** An operator's command on the server's command line ({@code java -jar khaacho.jar admin …}). */
    CLI
}
