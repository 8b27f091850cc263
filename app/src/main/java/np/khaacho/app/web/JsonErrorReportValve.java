package np.khaacho.app.web;

import np.khaacho.kernel.common.ErrorCode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The error body for what Tomcat refuses before any servlet runs (an encoded slash, backslash or NUL
 * in the path, a path that is not UTF-8, headers too large): the API's error envelope in JSON instead
 * of Tomcat's HTML page. Written by hand, as no Spring bean is reachable from the container here.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorCode code = Arrays.stream(ErrorCode.values()).filter(c -> c.httpStatus() == status).findFirst()
                .orElse(status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST);
        String message = status == 400 ? "the request was rejected: its path, query or headers are not valid"
                : status >= 500 ? "something went wrong on our side" : "the request was refused";
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"success\":false,\"error\":{\"code\":\"" + code.name() + "\",\"message\":\""
                        + message + "\",\"details\":[]},\"timestamp\":\"" + Instant.now() + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: the status alone must do
        }
    }
}
