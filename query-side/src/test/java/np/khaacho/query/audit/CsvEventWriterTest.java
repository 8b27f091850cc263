package np.khaacho.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvEventWriterTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesTheirQuotes() {
        assertThat(CsvEventWriter.quoted("plain")).isEqualTo("plain");
        assertThat(CsvEventWriter.quoted(null)).isEmpty();
        assertThat(CsvEventWriter.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvEventWriter.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvEventWriter.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvEventWriter.quoted("cr\r")).isEqualTo("\"cr\r\"");
    }

    @Test
    void aFieldThatStartsLikeAFormulaIsWrittenAsText() {
        assertThat(CsvEventWriter.quoted("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvEventWriter.quoted("+9779841100201")).isEqualTo("'+9779841100201");
        assertThat(CsvEventWriter.quoted("-500")).isEqualTo("'-500");
        assertThat(CsvEventWriter.quoted("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvEventWriter.quoted("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(CsvEventWriter.quoted("\r=cmd")).isEqualTo("\"'\r=cmd\"");
        assertThat(CsvEventWriter.quoted("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        // only the first character matters: elsewhere these are ordinary text
        assertThat(CsvEventWriter.quoted("a=b-c+d@e")).isEqualTo("a=b-c+d@e");
        assertThat(CsvEventWriter.quoted("")).isEmpty();
    }

    @Test
    void everyColumnIsGuardedTheSameWay() throws IOException {
        StringWriter out = new StringWriter();
        CsvEventWriter writer = new CsvEventWriter(out, json);
        writer.write(List.of(new AuditedEvent(7L, "=agg", 1, "@event", "-Type", Instant.parse("2026-11-25T10:00:00Z"),
                json.readTree("{\"name\":\"=HYPERLINK(1)\"}"),
                new AuditedEvent.EventActor("=user", "+ROLE", "\tCHANNEL", "-someone"), "@root", "=cause")));

        assertThat(out.toString()).isEqualTo("7,'=agg,1,'@event,'-Type,2026-11-25T10:00:00Z,'=user,'+ROLE,'\tCHANNEL,"
                + "'-someone,'@root,'=cause,\"{\"\"name\"\":\"\"=HYPERLINK(1)\"\"}\"\r\n");
    }

    @Test
    void writesAHeaderThenOneRecordPerEventWithThePayloadAsQuotedJson() throws IOException {
        StringWriter out = new StringWriter();
        CsvEventWriter writer = new CsvEventWriter(out, json);
        writer.begin();
        writer.write(List.of(new AuditedEvent(42L, "order-1", 0, "event-1", "OrderPlaced",
                Instant.parse("2026-11-25T10:00:00.123Z"),
                json.readTree("{\"notes\":\"ring twice, \\\"back door\\\"\"}"),
                new AuditedEvent.EventActor("buyer-1", "BUYER", "API", null), "root-1", "cause-1")));

        assertThat(out.toString()).isEqualTo(String.join(",", CsvEventWriter.COLUMNS) + "\r\n"
                + "42,order-1,0,event-1,OrderPlaced,2026-11-25T10:00:00.123Z,buyer-1,BUYER,API,,root-1,cause-1,"
                + "\"{\"\"notes\"\":\"\"ring twice, \\\"\"back door\\\"\"\"\"}\"\r\n");
    }
}
