package np.khaacho.app.ops;

import np.khaacho.app.cli.ProjectFiles;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.PortalOrders;
import np.khaacho.app.support.WhatsAppClient;
import np.khaacho.command.api.CommandSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules and the Grafana dashboard kept in ops/ speak of series the application exports: once a
 * buyer's order came through WhatsApp and a webhook call without a signature was refused, every metric they
 * name is in the Prometheus scrape, and the counters moved.
 */
class OperationsMetricsTest extends IntegrationTest {

    private static final Pattern METRIC = Pattern.compile(
            "\\b((?:khaacho|hikaricp|jvm|process|system|http_server)_[a-z0-9_]+)");

    @Autowired
    private CommandSender commands;

    @Value("${khaacho.twilio.auth-token}")
    String authToken;

    @Test
    void everySeriesTheAlertsAndTheDashboardNameIsExported() throws Exception {
        String run = String.format("%06d", System.currentTimeMillis() % 1_000_000);
        String phone = "+97798770" + run;
        PortalOrders.newBuyer(commands, this::as, phone, "Metrics Pasal " + run, 1_000_000);
        WhatsAppClient twilio = new WhatsAppClient(anonymous(), PUBLIC_BASE_URL, authToken);
        double placedBefore = sample(scrape(), "khaacho_orders_placed_total{channel=\"WHATSAPP\"");
        double refusedBefore = sample(scrape(), "khaacho_whatsapp_webhook_rejected_total{reason=\"no_signature\"");

        replyTo(twilio, phone, "masoor dal 40 kg", "YES");
        replyTo(twilio, phone, "yes", "KH-");
        Map<String, String> message = WhatsAppClient.text(WhatsAppClient.newMessageSid(), phone, "unsigned");
        assertThat(twilio.post("/v1/whatsapp/webhook", message, null).status()).isEqualTo(403);

        System.gc(); // a collection, so that the pause timer has its first sample
        String scrape = scrape();
        Set<String> named = new TreeSet<>();
        for (String file : new String[] {"ops/prometheus/alerts.yml", "ops/grafana/dashboards/khaacho.json"}) {
            Matcher names = METRIC.matcher(Files.readString(ProjectFiles.find(file)));
            while (names.find()) {
                named.add(names.group(1));
            }
        }
        Set<String> exported = Arrays.stream(scrape.split("\n")).filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        assertThat(named).hasSizeGreaterThan(15);
        assertThat(exported).as("series the alerts and the dashboard name").containsAll(named);
        assertThat(sample(scrape, "khaacho_orders_placed_total{channel=\"WHATSAPP\"")).isGreaterThan(placedBefore);
        assertThat(sample(scrape, "khaacho_whatsapp_webhook_rejected_total{reason=\"no_signature\""))
                .isEqualTo(refusedBefore + 1);
        assertThat(sample(scrape, "khaacho_whatsapp_reply_seconds_count{intent=\"CONFIRM\"")).isPositive();
        assertThat(sample(scrape, "khaacho_parse_seconds_count{engine=\"rules\",status=\"SUCCESS\"")).isPositive();
    }

    /**
     * Prometheus asks for OpenMetrics. Without traces to export nothing is sampled, so no series carries an
     * exemplar (a span's id), which a Prometheus before 2.43 (Debian 12's) refuses with the whole scrape.
     */
    @Test
    void theOpenMetricsScrapeCarriesNoExemplarsWhileTracesGoNowhere() {
        assertThat(as(ADMIN_PHONE).get("/v1/users/me").status()).isEqualTo(200);
        var reply = management().withHeader("Accept", "application/openmetrics-text;version=1.0.0;q=0.6,text/plain;q=0.5")
                .get("/actuator/prometheus");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text()).contains("http_server_requests_seconds_count").endsWith("# EOF\n")
                .doesNotContain("trace_id=");
    }

    private String scrape() {
        var reply = management().withHeader("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(reply.status()).isEqualTo(200);
        return reply.text();
    }

    /** The value of the first series that starts so (its name and first labels), 0 when there is none. */
    private static double sample(String scrape, String start) {
        return Arrays.stream(scrape.split("\n")).filter(line -> line.startsWith(start)).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }
}
