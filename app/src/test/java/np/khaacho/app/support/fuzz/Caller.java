package np.khaacho.app.support.fuzz;

import java.util.Map;

/** Who sends: the headers that say so, and whether to act on someone else's order, product or account. */
public record Caller(Map<String, String> headers, boolean mayUseForeignIds) {
}
