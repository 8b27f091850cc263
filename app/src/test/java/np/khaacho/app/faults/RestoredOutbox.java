package np.khaacho.app.faults;

import np.khaacho.app.support.TwilioStub;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code messaging.outbox} across a restore done the README's way, held against what Twilio's stub took
 * from the old system and from the restored one. Before the restored system first starts, every message
 * the backup holds as pending is held ({@link #HOLD}); an admin then retries the held messages that
 * Twilio's log, from the backup's moment on, does not show. A message the backup holds as sent never
 * goes out again and keeps the id Twilio gave it; a held message goes out only when retried; every
 * message the restored system sends is one its outbox marks sent, once. What the old system sent after
 * the backup began is a held message (the restore would have sent it again without the hold), a message
 * the restored system made again for work the backup held unfinished (the restore is recorded, so the
 * relay finds it in Twilio's log and does not send it again: a copy is a problem), or one about what the
 * restore lost. Each is counted, none hidden.
 */
final class RestoredOutbox {

    /** The README's statement: every pending message of the restored backup FAILED, with a note saying why. */
    static final String HOLD = """
            UPDATE messaging.outbox
            SET status = 'FAILED', last_error = 'held at a restore: retry it unless Twilio''s log shows it sent',
                sealed_code = NULL, claimed_by = NULL, claimed_until = NULL
            WHERE status = 'PENDING'""";

    /** The README's other statement: the restore recorded, with the moment its backup was begun. */
    static final String RECORD = "INSERT INTO messaging.restores (backup_began_at) VALUES (?)";

    /** The dates and times the notices write: "5 Dec 2026, 04:44" and "2026-12-05 04:44". */
    private static final Pattern TIMES =
            Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    /** An outbox row: its status, Twilio's id once sent, the recipient, the kind of message and the text. */
    record Row(long id, String status, String providerSid, String phone, String kind, String body) {

        /** A login code is never sent again: the person asks for a new one. */
        boolean retriable() {
            return !"LOGIN_CODE".equals(kind);
        }
    }

    /** Twilio's log as an operator reads it after a restore: what was sent from the backup's moment on. */
    static List<TwilioStub.MessageRequest> log(List<TwilioStub.MessageRequest> sent, Instant backupBegan, Duration window) {
        return accepted(sent).stream().filter(request -> !request.receivedAt().isBefore(backupBegan.minus(window))).toList();
    }

    /**
     * What the checks counted, besides the problems: messages Twilio took in all; the backup's pending
     * messages held, how many of them Twilio's log showed (the old system had sent them after the backup
     * began) and how many were retried; the messages the restored system sent; those Twilio took twice,
     * and how many of those name another time (made again with the restored system's time to answer by);
     * and the messages the old system sent about what the restore lost.
     */
    record Report(int sentInAll, int held, int heldInLog, int retried, int sentByRestored, int foundInLog,
                  int sentTwice, int sentTwiceRetimed, int sentAboutLost, List<String> problems) {

        @Override
        public String toString() {
            return String.format("%d messages sent in all; %d pending in the backup and held, %d of them in Twilio's"
                            + " log (without the hold sent twice: %.1f per thousand sent), %d retried; %d sent by the"
                            + " restored system; %d made again and found in Twilio's log, not sent; %d sent twice"
                            + " (%.1f per thousand sent; %d with another time to answer by); %d sent by the old system"
                            + " about what the restore lost",
                    sentInAll, held, heldInLog, perThousand(heldInLog), retried, sentByRestored, foundInLog, sentTwice,
                    perThousand(sentTwice), sentTwiceRetimed, sentAboutLost);
        }

        private double perThousand(int count) {
            return sentInAll == 0 ? 0.0 : 1000.0 * count / sentInAll;
        }
    }

    private final Map<Long, Row> restored;

    private RestoredOutbox(Map<Long, Row> restored) {
        this.restored = restored;
    }

    /**
     * Reads the outbox as the backup restored it, then holds its pending messages and records the restore:
     * before the first start.
     */
    static RestoredOutbox holdPending(JdbcTemplate restored, Instant backupBegan) {
        RestoredOutbox outbox = new RestoredOutbox(rows(restored));
        restored.update(RECORD, Timestamp.from(backupBegan));
        int held = restored.update(HOLD);
        if (held != outbox.pending().size()) {
            throw new AssertionError("held " + held + " messages of " + outbox.pending().size() + " pending");
        }
        return outbox;
    }

    /** The messages the backup held as pending. */
    List<Row> pending() {
        return restored.values().stream().filter(row -> "PENDING".equals(row.status())).toList();
    }

    /**
     * Whether Twilio's log shows the message: to its recipient, with its text but for the times in it, as the
     * text itself or as the variable of a template. A message made again for work the backup held unfinished
     * may name another time (the vendor's time to answer runs from the restored system's own step).
     */
    static boolean inLog(Row message, List<TwilioStub.MessageRequest> log) {
        String text = timesMasked(message.body());
        String variable = timesMasked(oneLine(message.body()));
        return accepted(log).stream().anyMatch(sent -> sent.sentTo(message.phone())
                && (text.equals(timesMasked(sent.body())) || variable.equals(timesMasked(sent.templateText()))));
    }

    /**
     * @param now          the restored system's database, at rest with nothing pending
     * @param fromOld      what Twilio received up to the old system's end
     * @param fromRestored what Twilio received since the restored system started
     * @param backupBegan  when {@code pg_dump} was started
     * @param window       the most time between Twilio taking a message and the outbox marking it sent
     * @param retried      the held messages an admin retried
     */
    Report check(JdbcTemplate now, List<TwilioStub.MessageRequest> fromOld, List<TwilioStub.MessageRequest> fromRestored,
                 Instant backupBegan, Duration window, Set<Long> retried) {
        List<String> problems = new ArrayList<>();
        Map<Long, Row> rows = rows(now);
        Map<String, Row> bySid = new HashMap<>();
        rows.values().stream().filter(row -> row.providerSid() != null).forEach(row -> bySid.put(row.providerSid(), row));
        restored.values().forEach(before -> {
            Row after = rows.get(before.id());
            boolean sentBefore = "SENT".equals(before.status());
            if (sentBefore && (after == null || !"SENT".equals(after.status())
                    || !before.providerSid().equals(after.providerSid()))) {
                problems.add("outbox message " + before.id() + " was sent as " + before.providerSid()
                        + " by the backup, now " + after);
            }
            if ("PENDING".equals(before.status())
                    && !(retried.contains(before.id()) ? "SENT" : "FAILED").equals(after == null ? null : after.status())) {
                problems.add("held outbox message " + before.id() + (retried.contains(before.id()) ? ", retried," : "")
                        + " is now " + after);
            }
        });
        rows.values().stream().filter(row -> "PENDING".equals(row.status()))
                .forEach(row -> problems.add("outbox message " + row.id() + " is still pending"));

        List<TwilioStub.MessageRequest> takenFromRestored = accepted(fromRestored);
        Set<String> restoredSends = new HashSet<>();
        Set<String> restoredRetimed = new HashSet<>();
        for (TwilioStub.MessageRequest sent : takenFromRestored) {
            Row row = bySid.get(sent.answeredSid());
            Row before = row == null ? null : restored.get(row.id());
            if (row == null) {
                problems.add("Twilio took " + content(sent) + " from the restored system, a send its outbox does not know");
            } else if (before != null && "SENT".equals(before.status())) {
                problems.add("Twilio took outbox message " + row.id() + " again from the restored system although"
                        + " the backup holds it as sent: " + content(sent));
            }
            restoredSends.add(content(sent));
            restoredRetimed.add(timesMasked(content(sent)));
        }

        Set<String> sentInBackup = new HashSet<>();
        restored.values().stream().map(Row::providerSid).filter(Objects::nonNull).forEach(sentInBackup::add);
        List<Row> held = pending();
        int twice = 0;
        int retimed = 0;
        int aboutLost = 0;
        int foundInLog = 0;
        List<TwilioStub.MessageRequest> takenFromOld = accepted(fromOld);
        for (TwilioStub.MessageRequest sent : takenFromOld) {
            if (sentInBackup.contains(sent.answeredSid())) {
                continue;
            }
            if (bySid.containsKey(sent.answeredSid())) {
                // made again by the restored system, whose relay found the old system's copy in Twilio's log
                foundInLog++;
                continue;
            }
            if (sent.receivedAt().isBefore(backupBegan.minus(window))) {
                problems.add("the old system sent " + content(sent) + " at " + sent.receivedAt()
                        + ", before the backup began at " + backupBegan + ", but the backup does not hold it as sent");
            }
            if (restoredSends.contains(content(sent))) {
                twice++;
                problems.add("the restored system sent " + content(sent) + " again, which the old system had sent at "
                        + sent.receivedAt());
            } else if (restoredRetimed.contains(timesMasked(content(sent)))) {
                twice++;
                retimed++;
                problems.add("the restored system sent " + content(sent) + " again with another time in it, which"
                        + " the old system had sent at " + sent.receivedAt());
            } else if (held.stream().noneMatch(row -> inLog(row, List.of(sent)))) {
                aboutLost++;
            }
        }
        List<TwilioStub.MessageRequest> log = log(takenFromOld, backupBegan, window);
        int heldInLog = (int) held.stream().filter(row -> inLog(row, log)).count();
        held.stream().filter(row -> retried.contains(row.id()) && inLog(row, log)).forEach(row ->
                problems.add("held outbox message " + row.id() + " was retried although Twilio's log shows it"));
        return new Report(takenFromOld.size() + takenFromRestored.size(), held.size(), heldInLog, retried.size(),
                takenFromRestored.size(), foundInLog, twice, retimed, aboutLost, problems);
    }

    /** The text as a template's variable carries it: on one line. */
    private static String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s*\\R\\s*", " · ").replaceAll("[\\t ]{2,}", " ");
        return flat.length() <= 1024 ? flat : flat.substring(0, 1023) + "…";
    }

    private static String timesMasked(String text) {
        return text == null ? null : TIMES.matcher(text).replaceAll("(time)");
    }

    private static List<TwilioStub.MessageRequest> accepted(List<TwilioStub.MessageRequest> requests) {
        return requests.stream().filter(request -> request.answeredStatus() == 201).toList();
    }

    private static Map<Long, Row> rows(JdbcTemplate jdbc) {
        Map<Long, Row> rows = new TreeMap<>();
        jdbc.query("SELECT id, status, provider_sid, phone, kind, body FROM messaging.outbox", rs -> {
            rows.put(rs.getLong(1), new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6)));
        });
        return rows;
    }

    /** What the recipient sees: to whom, and the text or the template with its variables. */
    private static String content(TwilioStub.MessageRequest request) {
        return request.to() + " | " + Objects.toString(request.body(), "")
                + " | " + Objects.toString(request.contentSid(), "") + " " + Objects.toString(request.contentVariables(), "");
    }
}
