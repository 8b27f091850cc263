package np.khaacho.app.cli;

import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.common.Role;

/** The person at the server's command line, as the events of their commands record them. */
public final class Operator {

    public static final String PREFIX = "operator:";

    private Operator() {
    }

    /** {@code operator:<the OS user's name>}, role SYSTEM, channel CLI. */
    public static Actor actor() {
        String name = System.getProperty("user.name");
        return new Actor(PREFIX + (name == null || name.isBlank() ? "unknown" : name.strip()), Role.SYSTEM, null,
                Channel.CLI);
    }
}
