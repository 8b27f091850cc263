package np.khaacho.query.admin;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Admins see the events a processing group could not handle, and retry them once the cause is fixed. */
@RestController
@RequestMapping("/v1/admin/dead-letters")
@Tag(name = "Admin: dead letters")
class DeadLetterAdminController {

    private static final int MAX_SEQUENCES_PER_RETRY = 1000;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    DeadLetterAdminController(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    @GetMapping
    public ApiResponse<List<Map<String, Object>>> list(Actor actor) {
        ProjectionAdminController.requireAdmin(actor);
        return ApiResponse.ok(jdbc.queryForList("""
                SELECT processinggroup AS "processingGroup", sequenceidentifier AS "sequenceId",
                       sequenceindex AS "sequenceIndex", payloadtype AS "eventType", eventidentifier AS "eventId",
                       aggregateidentifier AS "aggregateId", causetype AS "causeType",
                       causemessage AS "causeMessage", enqueuedat AS "enqueuedAt", lasttouched AS "lastTouched"
                FROM axon.dead_letter_entry ORDER BY processinggroup, enqueuedat, sequenceindex LIMIT 500"""));
    }

    @PostMapping("/{group}/retry")
    public ApiResponse<Map<String, Object>> retry(@PathVariable("group") String group, Actor actor) {
        ProjectionAdminController.requireAdmin(actor);
        var processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> ApiException.notFound("dead-letter queue of processing group", group));
        int retried = 0;
        while (retried < MAX_SEQUENCES_PER_RETRY && processor.processAny()) {
            retried++;
        }
        Integer left = jdbc.queryForObject("SELECT count(*) FROM axon.dead_letter_entry WHERE processinggroup = ?",
                Integer.class, group);
        return ApiResponse.ok(Map.of("processingGroup", group, "sequencesProcessed", retried,
                "stillDeadLettered", left == null ? 0 : left));
    }
}
