package np.khaacho.app.cli;

import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code parse-eval --replay} on the database of a running application: a past message the parser now
 * reads otherwise is reported with what it was and what it would be; one it reads alike is not; a button
 * tap is not read again; nothing is written.
 */
class ParseReplayTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void reportsThePastMessagesANewParserWouldReadOtherwise() {
        String stale = "SM" + UUID.randomUUID().toString().replace("-", "");
        String alike = "SM" + UUID.randomUUID().toString().replace("-", "");
        String tapped = "SM" + UUID.randomUUID().toString().replace("-", "");
        insert(stale, "pani ko bottle 36 ota", null, """
                {"intent": "ORDER", "items": [{"sku": "WATER-1L-CTN", "quantity": 36, "unit": "carton"}],
                 "unresolved": [], "language": "ne", "engine": "rules"}""");
        insert(alike, "3 bora jeera masino", null, """
                {"intent": "ORDER", "items": [{"sku": "RICE-JEERA-25KG", "quantity": 3, "unit": "bag"}],
                 "unresolved": [], "language": "ne", "engine": "rules"}""");
        insert(tapped, "Order now", "CONFIRM", """
                {"intent": "CONFIRM", "items": [], "unresolved": [], "language": "en", "engine": "button"}""");
        Integer before = jdbc.queryForObject("SELECT count(*) FROM whatsapp.inbound_messages", Integer.class);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = new Cli(console, NoServer.class).execute("parse-eval", "--replay", "--limit", "100000",
                "--database-url", TestDatabase.url(), "--database-user", TestDatabase.USER);
        String report = out.toString(StandardCharsets.UTF_8);
        System.out.print(report);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(report).contains("CHANGED " + stale + ": pani ko bottle 36 ota\n"
                + "  was: ORDER [WATER-1L-CTN 36 carton] (rules)\n  now: ORDER [WATER-1L-CTN 3 carton]");
        assertThat(report).doesNotContain(alike).doesNotContain(tapped);
        assertThat(report.lines().reduce((a, b) -> b).orElseThrow())
                .matches("parse-eval --replay: n=\\d+ changed=[1-9]\\d* intent_changed=\\d+ items_changed=[1-9]\\d*");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM whatsapp.inbound_messages", Integer.class))
                .isEqualTo(before);
    }

    private void insert(String sid, String body, String button, String parseResult) {
        jdbc.update("""
                INSERT INTO whatsapp.inbound_messages (message_sid, phone, body, button_payload, status, intent,
                                                       parse_result, outcome, processed_at)
                VALUES (?, '+9779800000099', ?, ?, 'DONE', ?, ?::jsonb, 'DRAFTED', now())""",
                sid, body, button, button == null ? "ORDER" : "CONFIRM", parseResult);
    }
}
