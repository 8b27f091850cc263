package np.khaacho.saga.notification;

import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.calendar.Language;
import np.khaacho.kernel.payment.StatementLinks;
import np.khaacho.kernel.query.FindStatements;
import np.khaacho.kernel.query.Statements;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * At the start of each BS month, every buyer gets the statement of the month just ended from each vendor
 * it traded with or owes: the sums in the text, the PDF by a signed link. Outside the 24-hour window it
 * goes as the MONTHLY_STATEMENT template. Each instance looks every {@code khaacho.statements.check-every};
 * a month is sent once (its run is recorded, each message has its dedup key), and a month missed while
 * nothing ran is sent when the first instance starts again.
 */
@Component
public class MonthlyStatements extends Periodic {

    private static final Logger log = LoggerFactory.getLogger(MonthlyStatements.class);

    private final QueryGateway queries;
    private final Contacts contacts;
    private final OutboundMessages messages;
    private final ObjectProvider<StatementLinks> links;
    private final JdbcTemplate jdbc;
    private final Duration linkValidity;

    MonthlyStatements(QueryGateway queries, Contacts contacts, OutboundMessages messages,
                      ObjectProvider<StatementLinks> links, JdbcTemplate jdbc,
                      @Value("${khaacho.statements.link-validity:P30D}") Duration linkValidity,
                      @Value("${khaacho.statements.check-every:PT1H}") Duration every,
                      @Value("${khaacho.statements.monthly:true}") boolean monthly) {
        super("monthly-statements", every, monthly);
        this.queries = queries;
        this.contacts = contacts;
        this.messages = messages;
        this.links = links;
        this.jdbc = jdbc;
        this.linkValidity = linkValidity;
    }

    /**
     * On {@code today}, the statements of the month before it, unless they went out already; how many
     * were sent now.
     */
    public int sendDue(BsDate today) {
        BsYearMonth ended = BsYearMonth.of(today).previous();
        Integer done = jdbc.query("SELECT statements FROM messaging.statement_runs WHERE bs_month = ?",
                (rs, row) -> rs.getInt(1), ended.toString()).stream().findFirst().orElse(null);
        if (done != null) {
            return 0;
        }
        int sent = send(ended, null);
        jdbc.update("""
                INSERT INTO messaging.statement_runs (bs_month, statements, finished_at) VALUES (?, ?, now())
                ON CONFLICT (bs_month) DO NOTHING""", ended.toString(), sent);
        log.info("statements of {} sent: {}", ended, sent);
        return sent;
    }

    /**
     * Every statement of {@code month} to its buyer, or only to one buyer ({@code buyerId} not null); one
     * already sent is not sent again. How many there were.
     */
    public int send(BsYearMonth month, String buyerId) {
        Statements statements = queries.query(new FindStatements(month, buyerId), Statements.class).join();
        StatementLinks signer = links.getIfAvailable();
        for (Statements.Summary statement : statements.statements()) {
            Contact buyer = contacts.require(statement.buyerId());
            NotificationTexts texts = NotificationTexts.in(buyer.language());
            String link = signer == null ? null : signer.link(statement.vendorId(), statement.buyerId(), month,
                    texts.language(), linkValidity);
            String body = texts.monthlyStatement(statement.vendorName(), month.displayName(Language.of(texts.language())),
                    statement.opening(), statement.delivered(), statement.paid(), statement.closing(), link);
            messages.send(new OutboundMessage(dedupKey(month, statement), buyer.userId(), buyer.phone(),
                    texts.language(), NotificationKind.MONTHLY_STATEMENT, body, null, null, null, link));
        }
        return statements.statements().size();
    }

    static String dedupKey(BsYearMonth month, Statements.Summary statement) {
        return "statement:" + month + ":" + statement.vendorId() + ":" + statement.buyerId();
    }

    @Override
    void check() {
        try {
            sendDue(BsDate.today());
        } catch (RuntimeException e) {
            log.warn("monthly statements could not be sent; trying again", e);
        }
    }
}
