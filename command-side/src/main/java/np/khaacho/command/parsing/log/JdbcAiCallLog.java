package np.khaacho.command.parsing.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Writes calls to {@code parsing.ai_processing_logs}. A failed write is logged and dropped: the
 * buyer's message is read whether or not its record could be kept. Each call is also timed in
 * {@code khaacho.parse} by engine (llm, ocr, rules) and outcome (SUCCESS, TIMEOUT, INVALID_ANSWER, …).
 */
@Component
public class JdbcAiCallLog implements AiCallLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcAiCallLog.class);
    private static final int INPUT_EXCERPT = 1000;
    private static final int ERROR_EXCERPT = 2000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    public JdbcAiCallLog(JdbcTemplate jdbc, ObjectMapper json, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.json = json;
        this.meters = meters;
    }

    @Override
    public void record(AiCall call) {
        Timer.builder("khaacho.parse").description("a call to a parsing engine, by engine and outcome")
                .tag("engine", call.engine()).tag("status", call.status().name()).register(meters)
                .record(call.latencyMs(), TimeUnit.MILLISECONDS);
        try {
            jdbc.update("""
                    INSERT INTO parsing.ai_processing_logs (input_type, engine, model, message_sid, user_id,
                        prompt_tokens, completion_tokens, total_tokens, latency_ms, status, answered_by, error,
                        input_excerpt, result)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""",
                    call.origin().inputType().name(), call.engine(), call.model(), call.origin().messageSid(),
                    call.origin().userId(), call.tokens().prompt(), call.tokens().completion(), call.tokens().total(),
                    call.latencyMs(), call.status().name(), call.answeredBy(), excerpt(call.error(), ERROR_EXCERPT),
                    excerpt(call.input(), INPUT_EXCERPT), resultJson(call.result()));
        } catch (DataAccessException | JsonProcessingException e) {
            log.warn("could not record a {} call ({}): {}", call.engine(), call.status(), e.getMessage());
        }
    }

    private String resultJson(Object result) throws JsonProcessingException {
        return result == null ? null : json.writeValueAsString(result);
    }

    private static String excerpt(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "…";
    }
}
