package np.khaacho.saga.taxoffice;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The tax office's Central Billing Monitoring System ({@code khaacho.cbms.*}). Off unless enabled; on,
 * every tax invoice and credit note is queued and a relay reports it.
 *
 * @param baseUrl        CBMS's address: reports go to {@code {baseUrl}/api/bill} and {@code /api/billreturn}
 * @param username       the taxpayer's CBMS user name (from the environment only)
 * @param password       its password (from the environment only; never logged)
 * @param timeout        how long one report may take, connecting included
 * @param pollInterval   how often the relay looks for due reports
 * @param batchSize      reports claimed at once
 * @param claimFor       how long a claim holds, renewed before each report is sent; longer than the timeout
 * @param backoff        the wait after a first failure that may pass; it doubles with each further one
 * @param maxBackoff     the longest such wait
 * @param refusedPause   the wait before a report CBMS refused as wrong is sent again (a fix may have come)
 * @param realtimeWithin a report sent this soon after its document was issued is marked real-time
 */
@ConfigurationProperties("khaacho.cbms")
public record CbmsSettings(boolean enabled, String baseUrl, String username, String password, Duration timeout,
                           Duration pollInterval, Integer batchSize, Duration claimFor, Duration backoff,
                           Duration maxBackoff, Duration refusedPause, Duration realtimeWithin) {

    public CbmsSettings {
        if (enabled && (baseUrl == null || baseUrl.isBlank())) {
            throw new IllegalArgumentException(
                    "khaacho.cbms.base-url (CBMS_BASE_URL) must be set when CBMS is enabled");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 20 : batchSize;
        claimFor = claimFor == null ? Duration.ofMinutes(1) : claimFor;
        backoff = backoff == null ? Duration.ofSeconds(10) : backoff;
        maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
        refusedPause = refusedPause == null ? Duration.ofHours(6) : refusedPause;
        realtimeWithin = realtimeWithin == null ? Duration.ofMinutes(5) : realtimeWithin;
        if (claimFor.compareTo(timeout) <= 0) {
            throw new IllegalArgumentException("khaacho.cbms.claim-for (" + claimFor
                    + ") must be longer than khaacho.cbms.timeout (" + timeout + ")");
        }
    }

    /** The wait after this many failures in a row that may pass. */
    public Duration backoffAfter(int failures) {
        Duration wait = backoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    @Override
    public String toString() {
        return "CbmsSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", username=" + username
                + ", password=" + (password.isEmpty() ? "" : "****") + ", timeout=" + timeout + "]";
    }
}
