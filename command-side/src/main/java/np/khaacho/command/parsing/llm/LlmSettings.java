package np.khaacho.command.parsing.llm;

import java.time.Duration;

/**
 * How the LLM parser calls its OpenAI-compatible endpoint and guards the calls: the answer timeout,
 * how many catalog lines the prompt may carry, a request rate limit, and a circuit breaker that opens
 * when {@code failureRatePercent} of the last {@code breakerWindow} calls (at least
 * {@code breakerMinimumCalls}) failed, staying open for {@code breakerOpenFor}.
 */
public record LlmSettings(
        String baseUrl,
        String apiKey,
        String model,
        Duration timeout,
        int maxCandidates,
        int requestsPerMinute,
        int breakerWindow,
        int breakerMinimumCalls,
        float failureRatePercent,
        Duration breakerOpenFor) {

    public static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

    public LlmSettings {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("an LLM model name is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the LLM timeout must be positive");
        }
        if (maxCandidates < 1 || requestsPerMinute < 1 || breakerWindow < 1 || breakerMinimumCalls < 1) {
            throw new IllegalArgumentException("LLM limits must be positive");
        }
    }

    /** Configured when a key or an endpoint is given; without either, parsing uses the rules alone. */
    public boolean configured() {
        return notBlank(apiKey) || notBlank(baseUrl);
    }

    public String endpoint() {
        return notBlank(baseUrl) ? baseUrl : OPENAI_BASE_URL;
    }

    /** Local OpenAI-compatible servers often need no key; the client still sends one. */
    public String keyOrPlaceholder() {
        return notBlank(apiKey) ? apiKey : "none";
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
