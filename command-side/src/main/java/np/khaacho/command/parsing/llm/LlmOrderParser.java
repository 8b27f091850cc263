package np.khaacho.command.parsing.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import np.khaacho.command.parsing.CatalogEntry;
import np.khaacho.command.parsing.OrderParser;
import np.khaacho.command.parsing.ParseResult;
import np.khaacho.command.parsing.Vocabulary;
import np.khaacho.command.parsing.ParsingCatalog;
import np.khaacho.command.parsing.log.AiCall;
import np.khaacho.command.parsing.log.AiCallLog;
import np.khaacho.command.parsing.log.AiCallStatus;
import np.khaacho.command.parsing.log.CallOrigin;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads messages with an LLM behind an OpenAI-compatible chat completions API (langchain4j), asking
 * for strict JSON-schema output over the candidate catalog lines and checking the answer against the
 * catalog. Each call is rate limited, timed out and guarded by a circuit breaker; a refused, failed,
 * late or malformed call falls back to the rules. Every call is logged.
 */
public class LlmOrderParser implements OrderParser, AutoCloseable {

    private final ChatModel model;
    private final String modelName;
    private final ParsingCatalog catalog;
    private final OrderParser fallback;
    private final AiCallLog callLog;
    private final int maxCandidates;
    private final CircuitBreaker breaker;
    private final RateLimiter rateLimiter;
    private final TimeLimiter timeLimiter;
    private final ExecutorService calls;

    public LlmOrderParser(LlmSettings settings, ParsingCatalog catalog, OrderParser fallback, AiCallLog callLog) {
        this(OpenAiChatModel.builder()
                .baseUrl(settings.endpoint())
                .apiKey(settings.keyOrPlaceholder())
                .modelName(settings.model())
                .temperature(0.0)
                .timeout(settings.timeout().plusSeconds(1))
                .maxRetries(0)
                .strictJsonSchema(true)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .build(), settings, catalog, fallback, callLog);
    }

    LlmOrderParser(ChatModel model, LlmSettings settings, ParsingCatalog catalog, OrderParser fallback,
                   AiCallLog callLog) {
        this.model = model;
        this.modelName = settings.model();
        this.catalog = catalog;
        this.fallback = fallback;
        this.callLog = callLog;
        this.maxCandidates = settings.maxCandidates();
        this.breaker = CircuitBreaker.of("llm-parser", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(settings.breakerMinimumCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.rateLimiter = RateLimiter.of("llm-parser", RateLimiterConfig.custom()
                .limitForPeriod(settings.requestsPerMinute())
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build());
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout())
                .cancelRunningFuture(true)
                .build());
        this.calls = Executors.newCachedThreadPool(daemonThreads());
    }

    /** The engine name of answers this parser gives itself. */
    public String engine() {
        return "llm:" + modelName;
    }

    @Override
    public ParseResult parse(String text) {
        return parse(text, CallOrigin.unknown());
    }

    public ParseResult parse(String text, CallOrigin origin) {
        return parse(text, origin, Vocabulary.NONE);
    }

    /**
     * With the buyer's own words: a message that uses them (the rules read it otherwise with them than
     * without) is read by the rules with them, since the buyer said what they mean; any other goes to the model.
     */
    public ParseResult parse(String text, CallOrigin origin, Vocabulary vocabulary) {
        long started = System.nanoTime();
        if (!vocabulary.isEmpty()) {
            ParseResult own = fallback.parse(text, vocabulary);
            if (!own.equals(fallback.parse(text))) {
                callLog.record(new AiCall(origin, AiCall.ENGINE_RULES, AiCall.ENGINE_RULES, null, elapsedMillis(started),
                        AiCallStatus.SUCCESS, own.engine(), null, text, own));
                return own;
            }
        }
        List<CatalogEntry> entries = catalog.entries();
        if (!breaker.tryAcquirePermission()) {
            return fallBack(text, origin, started, AiCallStatus.CIRCUIT_OPEN, "circuit breaker open", null);
        }
        if (!rateLimiter.acquirePermission()) {
            breaker.releasePermission();
            return fallBack(text, origin, started, AiCallStatus.RATE_LIMITED, "rate limit reached", null);
        }
        ChatResponse response;
        try {
            var request = LlmPrompt.request(CatalogCandidates.select(entries, text, maxCandidates), text);
            response = timeLimiter.executeFutureSupplier(() -> calls.submit(() -> model.chat(request)));
        } catch (TimeoutException e) {
            breaker.onError(elapsedNanos(started), TimeUnit.NANOSECONDS, e);
            return fallBack(text, origin, started, AiCallStatus.TIMEOUT,
                    "no answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaker.releasePermission();
            return fallBack(text, origin, started, AiCallStatus.ERROR, "interrupted", null);
        } catch (Exception e) {
            breaker.onError(elapsedNanos(started), TimeUnit.NANOSECONDS, e);
            return fallBack(text, origin, started, AiCallStatus.ERROR, describe(e), null);
        }
        TokenUsage usage = response.tokenUsage();
        try {
            ParseResult result = LlmAnswerReader.read(response.aiMessage().text(), entries, engine());
            breaker.onSuccess(elapsedNanos(started), TimeUnit.NANOSECONDS);
            callLog.record(new AiCall(origin, AiCall.ENGINE_LLM, modelName, tokens(usage), elapsedMillis(started),
                    AiCallStatus.SUCCESS, result.engine(), null, text, result));
            return result;
        } catch (InvalidAnswerException e) {
            breaker.onError(elapsedNanos(started), TimeUnit.NANOSECONDS, e);
            return fallBack(text, origin, started, AiCallStatus.INVALID_ANSWER, e.getMessage(), usage);
        }
    }

    private ParseResult fallBack(String text, CallOrigin origin, long started, AiCallStatus status, String error,
                                 TokenUsage usage) {
        ParseResult result = fallback.parse(text);
        callLog.record(new AiCall(origin, AiCall.ENGINE_LLM, modelName, tokens(usage), elapsedMillis(started), status,
                result.engine(), error, text, result));
        return result;
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    private static AiCall.TokenCounts tokens(TokenUsage usage) {
        return usage == null ? AiCall.TokenCounts.NONE
                : new AiCall.TokenCounts(usage.inputTokenCount(), usage.outputTokenCount(), usage.totalTokenCount());
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static long elapsedNanos(long started) {
        return System.nanoTime() - started;
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(elapsedNanos(started));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "llm-parser-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
