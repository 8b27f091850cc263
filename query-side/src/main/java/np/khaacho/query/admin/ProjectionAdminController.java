package np.khaacho.query.admin;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admins rebuild a projection from the event store while the rest keeps serving, on every instance at
 * once ({@link ProjectionReplays}), and watch how far each projection is (position, head, lag, replay speed).
 */
@RestController
@RequestMapping("/v1/admin/projections")
@Tag(name = "Admin: projections")
class ProjectionAdminController {

    private final Projections projections;
    private final ReplayTracker replays;
    private final ProjectionReplays everywhere;

    ProjectionAdminController(Projections projections, ReplayTracker replays, ProjectionReplays everywhere) {
        this.projections = projections;
        this.replays = replays;
        this.everywhere = everywhere;
    }

    @GetMapping
    public ApiResponse<List<Map<String, Object>>> status(Actor actor) {
        requireAdmin(actor);
        long head = projections.head();
        Map<String, Long> positions = projections.positions();
        List<Map<String, Object>> statuses = new ArrayList<>();
        projections.all().forEach((name, processor) ->
                statuses.add(status(name, processor, head, positions.getOrDefault(name, 0L))));
        return ApiResponse.ok(statuses);
    }

    @GetMapping("/{name}")
    public ApiResponse<Map<String, Object>> status(@PathVariable("name") String name, Actor actor) {
        requireAdmin(actor);
        StreamingEventProcessor processor = projection(name);
        return ApiResponse.ok(status(name, processor, projections.head(), projections.positions().getOrDefault(name, 0L)));
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ApiResponse<Map<String, Object>> replay(@PathVariable("name") String name, Actor actor) {
        requireAdmin(actor);
        StreamingEventProcessor processor = projection(name);
        long head = everywhere.replay(name, processor);
        return ApiResponse.ok(status(name, processor, head, projections.positions().getOrDefault(name, 0L)),
                "replay started");
    }

    private Map<String, Object> status(String name, StreamingEventProcessor processor, long head, long position) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("name", name);
        status.put("running", processor.isRunning());
        status.put("error", processor.isError());
        status.put("replaying", processor.isReplaying());
        status.put("segments", processor.processingStatus().size());
        status.put("position", position);
        status.put("head", head);
        status.put("lag", Math.max(0, head - position));
        Map<String, Object> replay = replays.progress(name, position, processor.isReplaying());
        if (!replay.isEmpty()) {
            status.put("replay", replay);
        }
        return status;
    }

    private StreamingEventProcessor projection(String name) {
        return projections.named(name).orElseThrow(() -> ApiException.notFound("projection", name));
    }

    static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ApiException.forbidden("only admins manage projections");
        }
    }
}
