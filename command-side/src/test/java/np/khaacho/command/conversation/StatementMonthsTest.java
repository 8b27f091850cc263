package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.parsing.rules.RuleOrderParser;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.BsYearMonth;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month a buyer asks a statement of, on held-out messages (conversation/statement-months.tsv) written
 * before the rules that read them: each is read as a khata question, and with the month it names.
 */
class StatementMonthsTest {

    private static final BsDate TODAY = new BsDate(2082, 8, 20);

    @Test
    void readsTheMonthEachMessageAsksFor() throws IOException {
        RuleOrderParser parser = new RuleOrderParser(List.of());
        List<String[]> cases = cases();
        List<String> wrong = new ArrayList<>();
        for (String[] c : cases) {
            Optional<BsYearMonth> expected = c[1].equals("-") ? Optional.empty() : Optional.of(BsYearMonth.parse(c[1]));
            Optional<BsYearMonth> read = StatementMonths.in(c[0], TODAY);
            Intent intent = parser.parse(c[0]).intent();
            if (!Objects.equals(read, expected) || intent != Intent.BALANCE) {
                wrong.add(c[0] + ": " + intent + " " + read.map(Object::toString).orElse("-") + ", not BALANCE " + c[1]);
            }
        }
        System.out.printf("statement months: %d of %d read right%n", cases.size() - wrong.size(), cases.size());
        assertThat(wrong).isEmpty();
    }

    @Test
    void aMonthNamedWithoutAYearIsTheLatestOneUpToThisMonth() {
        assertThat(StatementMonths.in("chaitra ko statement", new BsDate(2082, 12, 2))).contains(new BsYearMonth(2082, 12));
        assertThat(StatementMonths.in("baisakh ko statement", new BsDate(2083, 1, 2))).contains(new BsYearMonth(2083, 1));
        assertThat(StatementMonths.in("last month statement", new BsDate(2083, 1, 2))).contains(new BsYearMonth(2082, 12));
    }

    private static List<String[]> cases() throws IOException {
        List<String[]> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                StatementMonthsTest.class.getResourceAsStream("/conversation/statement-months.tsv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(line.split("\t"));
                }
            }
        }
        return cases;
    }
}
