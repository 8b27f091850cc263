package np.khaacho.app.cli;

import np.khaacho.app.support.JarCommand;
import np.khaacho.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code admin add} through the jar's real entry point, on a database nothing has touched: it
 * migrates it, registers the staff user through the write side's command (a StaffRegistered event
 * naming the operator, channel CLI), starts nothing of a server's, and refuses a phone that is taken.
 */
class AdminCommandTest {

    private static final String DATABASE = TestDatabase.NAME + "_admin_command";
    private static final String OPERATOR = "operator:" + System.getProperty("user.name");
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void emptyDatabase() throws SQLException {
        TestDatabase.recreate(DATABASE);
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://" + TestDatabase.HOST + "/" + DATABASE,
                TestDatabase.USER, TestDatabase.PASSWORD));
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        TestDatabase.drop(DATABASE);
    }

    @Test
    void addsTheFirstAdminToAnEmptyDatabaseAsAnEventNamingTheOperatorAndRefusesTheSamePhoneAgain() {
        JarCommand.Output added = JarCommand.onDatabase(DATABASE, "admin", "add", "--phone", "980-000 0091",
                "--name", "Sita Sharma");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.stdout()).contains("+9779800000091", OPERATOR);

        List<Map<String, Object>> events = events();
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.get(0);
        assertThat(event.get("type")).isEqualTo("np.khaacho.kernel.party.StaffRegistered");
        assertThat((String) event.get("payload")).contains("\"role\":\"ADMIN\"", "\"name\":\"Sita Sharma\"",
                "\"phone\":\"+9779800000091\"");
        assertThat((String) event.get("metadata")).contains("\"userId\":\"" + OPERATOR + "\"",
                "\"role\":\"SYSTEM\"", "\"channel\":\"CLI\"");
        assertThat(jdbc.queryForList("SELECT id, role FROM write_model.users WHERE phone = '+9779800000091'"))
                .containsExactly(Map.of("id", event.get("aggregate"), "role", "ADMIN"));
        // no processor claimed a segment, no deadline or task was scheduled: nothing of a server's work ran
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.token_entry", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM axon.scheduled_tasks", Long.class)).isZero();

        JarCommand.Output again = JarCommand.onDatabase(DATABASE, "admin", "add", "--phone", "+9779800000091",
                "--name", "Someone Else", "--role", "AUDITOR");
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(events()).hasSize(1);
        assertThat(again.stderr()).contains("already belongs to " + event.get("aggregate"), "nothing was added");
    }

    @Test
    void addsAnAuditorWithAnInternationalNumber() {
        JarCommand.Output added = JarCommand.onDatabase(DATABASE, "admin", "add", "--phone", "+44 7700 900123",
                "--name", "Ram Auditor", "--role", "auditor");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(jdbc.queryForObject("SELECT role FROM write_model.users WHERE phone = '+447700900123'", String.class))
                .isEqualTo("AUDITOR");
    }

    private static List<Map<String, Object>> events() {
        return jdbc.queryForList("""
                SELECT aggregateidentifier AS aggregate, payloadtype AS type,
                       convert_from(payload, 'UTF8') AS payload, convert_from(metadata, 'UTF8') AS metadata
                FROM event_store.domain_event_entry WHERE payloadtype LIKE '%StaffRegistered'
                  AND convert_from(payload, 'UTF8') LIKE '%+97798%' ORDER BY globalindex""");
    }
}
