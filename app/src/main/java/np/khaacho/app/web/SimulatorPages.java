package np.khaacho.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import np.khaacho.command.whatsapp.SimulatorSwitch;
import np.khaacho.kernel.common.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The simulator's page and its assets exist only while the simulator is on (the demo mode): elsewhere
 * they answer 404 like its API, so a production server shows no door that leads nowhere.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SimulatorPages extends OncePerRequestFilter {

    private final SimulatorSwitch simulator;
    private final ErrorResponses errors;

    SimulatorPages(SimulatorSwitch simulator, ErrorResponses errors) {
        this.simulator = simulator;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the decoded, normalised path the static resources are served by
        String path = request.getServletPath();
        return simulator.enabled() || !(path.equals("/simulator.html") || path.startsWith("/assets/simulator."));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        errors.write(response, ErrorCode.NOT_FOUND, "no such page");
    }
}
