package np.khaacho.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import np.khaacho.kernel.api.ApiError;
import np.khaacho.kernel.common.ErrorCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes the error envelope where no controller answers: security filters, the error page, rejected requests. */
@Component
public class ErrorResponses {

    private final ObjectMapper json;

    public ErrorResponses(ObjectMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        write(response, code.httpStatus(), code, message);
    }

    public void write(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), ApiError.of(code, message, List.of()));
    }
}
