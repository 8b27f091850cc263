package np.khaacho.kernel.common;

import java.util.Map;
import java.util.Objects;

/** Who issues a command: travels as message metadata so every event records its cause. */
public record Actor(String userId, Role role, String phone, Channel channel) {

    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String CHANNEL = "channel";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(channel, "channel");
    }

    public static Actor system(Channel channel) {
        return new Actor("system", Role.SYSTEM, null, channel);
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    public Map<String, String> metadata() {
        return Map.of(USER_ID, userId, ROLE, role.name(), CHANNEL, channel.name());
    }
}
