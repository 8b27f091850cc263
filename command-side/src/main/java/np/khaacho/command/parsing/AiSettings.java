package np.khaacho.command.parsing;

import np.khaacho.command.parsing.llm.LlmSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * {@code khaacho.ai.*}: the OpenAI-compatible endpoint of the LLM parser (off unless a key or a base
 * URL is given) with its timeout, rate limit and circuit breaker, and the OCR engine's data path,
 * languages, image size limit and pool size.
 */
@ConfigurationProperties("khaacho.ai")
public record AiSettings(@DefaultValue OpenAi openai, @DefaultValue Ocr ocr) {

    public LlmSettings llm() {
        return new LlmSettings(openai.baseUrl(), openai.apiKey(), openai.model(), openai.timeout(),
                openai.maxCandidates(), openai.requestsPerMinute(), openai.circuitBreaker().slidingWindow(),
                openai.circuitBreaker().minimumCalls(), openai.circuitBreaker().failureRatePercent(),
                openai.circuitBreaker().openFor());
    }

    public record OpenAi(
            String baseUrl,
            String apiKey,
            @DefaultValue("gpt-4o-mini") String model,
            @DefaultValue("PT15S") Duration timeout,
            @DefaultValue("60") int maxCandidates,
            @DefaultValue("60") int requestsPerMinute,
            @DefaultValue CircuitBreaker circuitBreaker) {
    }

    public record CircuitBreaker(
            @DefaultValue("10") int slidingWindow,
            @DefaultValue("5") int minimumCalls,
            @DefaultValue("50") float failureRatePercent,
            @DefaultValue("PT60S") Duration openFor) {
    }

    public record Ocr(
            @DefaultValue("/usr/share/tesseract-ocr/5/tessdata") String datapath,
            @DefaultValue("nep+eng") String languages,
            @DefaultValue("4MB") DataSize maxImageSize,
            @DefaultValue("2") int poolSize) {
    }
}
