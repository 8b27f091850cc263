package np.khaacho.app.ai;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** {@code khaacho.ai.per-user}: how many parsing requests one user may make in a window. */
@ConfigurationProperties("khaacho.ai.per-user")
public record AiUserLimit(@DefaultValue("30") int limit, @DefaultValue("PT10M") Duration window) {

    public AiUserLimit {
        if (limit < 1 || window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("khaacho.ai.per-user needs a positive limit and window");
        }
    }
}
