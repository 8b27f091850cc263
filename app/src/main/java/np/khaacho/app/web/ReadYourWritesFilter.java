package np.khaacho.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import np.khaacho.app.axon.AppendedEvents;
import np.khaacho.query.admin.Projections;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Read your own writes: a successful command answers only once the projections have processed the
 * events it wrote (bounded, {@code khaacho.read-your-writes.max-wait}), so the client's next read
 * shows the change. The answer is held back, not changed; the saga's later steps are not awaited.
 * What it waits for is the newest event the request itself appended, by its global index; a request
 * that appended nothing (an idempotent repeat) waits for the head of the event store.
 */
@Component
class ReadYourWritesFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Projections projections;
    private final Duration maxWait;

    ReadYourWritesFilter(Projections projections,
                         @Value("${khaacho.read-your-writes.max-wait:PT2S}") Duration maxWait) {
        this.projections = projections;
        this.maxWait = maxWait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !WRITES.contains(request.getMethod()) || !path.startsWith("/v1/") || path.startsWith("/v1/whatsapp/")
                || path.startsWith("/v1/auth/") || path.startsWith("/v1/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            OptionalLong appended;
            AppendedEvents.watch();
            try {
                chain.doFilter(request, held);
            } finally {
                appended = AppendedEvents.stop();
            }
            if (held.getStatus() >= 200 && held.getStatus() < 300) {
                projections.awaitCatchUp(appended.orElseGet(projections::head), maxWait);
            }
        } finally {
            held.copyBodyToResponse();
        }
    }
}
