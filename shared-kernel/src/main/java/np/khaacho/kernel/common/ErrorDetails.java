package np.khaacho.kernel.common;

import java.util.List;

/** What a refused command reports: a stable code, a sentence for people, and optional specifics. */
public record ErrorDetails(ErrorCode code, String message, List<String> details) {

    public ErrorDetails {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
