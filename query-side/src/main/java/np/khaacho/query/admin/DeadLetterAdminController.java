package np.khaacho.query.admin;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.admin.ParkedSagaEventsRetried;
import np.khaacho.kernel.admin.RetryParkedSagaEvents;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Admins see the events a processing group could not handle, and retry them once the cause is fixed. A
 * saga's group (orders parked by their saga) is retried by the saga's side, asked with a command.
 */
@RestController
@RequestMapping("/v1/admin/dead-letters")
@Tag(name = "Admin: dead letters")
class DeadLetterAdminController {

    private static final int MAX_SEQUENCES_PER_RETRY = 1000;

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final CommandGateway commands;

    DeadLetterAdminController(JdbcTemplate jdbc, EventProcessingConfiguration processing, CommandGateway commands) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.commands = commands;
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
        var processor = processing.sequencedDeadLetterProcessor(group).orElse(null);
        if (processor == null) {
            if (processing.sagaConfigurations().stream().noneMatch(saga -> saga.processingGroup().equals(group))) {
                throw ApiException.notFound("dead-letter queue of processing group", group);
            }
            // a saga's group parks its events itself, on the saga's side
            ParkedSagaEventsRetried retried = commands.sendAndWait(new RetryParkedSagaEvents(group));
            return ApiResponse.ok(Map.of("processingGroup", group, "sequencesProcessed", retried.sequencesReleased(),
                    "sequencesTried", retried.sequencesTried(), "stillDeadLettered", retried.stillParked()));
        }
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
