package np.khaacho.saga.taxoffice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import np.khaacho.kernel.calendar.BsDate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Posts one report to CBMS as JSON (an invoice to {@code /api/bill}, a credit note to
 * {@code /api/billreturn}) with the credentials, whether it is sent in real time and the moment of
 * sending, and reads CBMS's numbered answer. Any other outcome (no answer within the timeout, no
 * connection, an HTTP error, a body that is not a number) is a failure that may pass.
 * <p>
 * The API as the IRD handed it to billing software vendors (BillViewModel, BillReturnViewModel, the
 * answers 100 to 104), reproduced at
 * https://discuss.frappe.io/t/central-billing-monitoring-system-api-documentation-for-nepal/34814; the
 * answer 105 and the forms of {@code fiscal_year} ({@code 2073.074}) and the dates ({@code 2074.07.06}) as
 * integrators' public clients send and read them; the same field names in github.com/abikoraj/dandr
 * (app/IRD) and github.com/mbudhathoki23/MrSolution (DatabaseModule/CloudSync/IrdServer).
 */
class CbmsClient {

    private final CbmsSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    CbmsClient(CbmsSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    CbmsAnswer post(QueuedReport report) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl()
                        + (report.creditNote() ? "/api/billreturn" : "/api/bill")))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(report)))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                return CbmsAnswer.failed("HTTP " + response.statusCode() + " from CBMS");
            }
            return answer(response.body());
        } catch (HttpTimeoutException e) {
            return CbmsAnswer.failed("no answer within " + settings.timeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return CbmsAnswer.failed("cannot connect to CBMS: " + describe(e));
        } catch (IOException e) {
            return CbmsAnswer.failed("CBMS could not be reached: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CbmsAnswer.failed("interrupted while waiting for CBMS");
        }
    }

    private byte[] body(QueuedReport report) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(BsDate.NEPAL));
        Duration sinceIssue = Duration.between(report.issuedAt(), clock.instant());
        boolean realtime = sinceIssue.compareTo(settings.realtimeWithin()) <= 0;
        String sentAt = CbmsFormats.clientTime(now);
        Object body = report.creditNote()
                ? BillReturn.of(report, settings.username(), settings.password(), realtime, sentAt)
                : Bill.of(report, settings.username(), settings.password(), realtime, sentAt);
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a CBMS report could not be written as JSON", e);
        }
    }

    /** CBMS answers a bare number, such as {@code 200}; some deployments quote it. */
    private static CbmsAnswer answer(String body) {
        String text = body == null ? "" : body.strip().replace("\"", "");
        try {
            return CbmsAnswer.ofCode(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
            return CbmsAnswer.failed("an answer that is not a CBMS code: " + shown);
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
