package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.payment.gateway.PayLinks;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.calendar.BsDate;
import np.khaacho.kernel.calendar.BsYearMonth;
import np.khaacho.kernel.payment.StatementLinks;
import np.khaacho.kernel.query.FindKhata;
import np.khaacho.kernel.query.FindStatements;
import np.khaacho.kernel.query.Khata;
import np.khaacho.kernel.query.Statements;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * "Hisab", "kati tirna baki cha", "statement": the buyer's khata as the read side knows it (what is owed
 * per vendor with due dates, the latest payments, the credit available) and a signed link to pay it.
 * Naming a month ("kartik ko statement", "last month") asks for that month's statement with each vendor
 * instead, each with a signed link to its PDF.
 */
@Component
class BalanceHandler implements IntentHandler {

    private final QueryGateway queries;
    private final ObjectProvider<PayLinks> payLinks;
    private final Duration linkValidity;
    private final ObjectProvider<StatementLinks> statementLinks;
    private final Duration statementLinkValidity;

    BalanceHandler(QueryGateway queries, ObjectProvider<PayLinks> payLinks,
                   @Value("${khaacho.payments.pay-link-validity:P3D}") Duration linkValidity,
                   ObjectProvider<StatementLinks> statementLinks,
                   @Value("${khaacho.statements.link-validity:P30D}") Duration statementLinkValidity) {
        this.queries = queries;
        this.payLinks = payLinks;
        this.linkValidity = linkValidity;
        this.statementLinks = statementLinks;
        this.statementLinkValidity = statementLinkValidity;
    }

    /** A month named ("kartik ko statement", "last month"): that month's statement with each vendor, with its PDF. */
    private Settlement statements(Turn turn, BsYearMonth month) {
        String buyer = turn.buyerId().value();
        Statements statements = queries.query(new FindStatements(month, buyer), Statements.class).join();
        StatementLinks signer = statementLinks.getIfAvailable();
        Map<String, String> links = new LinkedHashMap<>();
        if (signer != null) {
            statements.statements().forEach(statement -> links.put(statement.vendorId(), signer.link(statement.vendorId(),
                    buyer, month, turn.replies().language(), statementLinkValidity)));
        }
        boolean owes = queries.query(new FindKhata(turn.buyerId()), Khata.class).join().owed().isPositive();
        PayLinks pay = payLinks.getIfAvailable();
        String payLink = owes && pay != null ? pay.link(turn.buyerId(), linkValidity) : null;
        return turn.answer(turn.replies().statements(statements, links, payLink), Outcome.of("STATEMENT_SENT",
                Map.of("month", month.toString(), "vendors", statements.statements().size())));
    }

    @Override
    public Intent intent() {
        return Intent.BALANCE;
    }

    @Override
    public Settlement handle(Turn turn) {
        Optional<BsYearMonth> month = StatementMonths.in(turn.message().body(), BsDate.today());
        if (month.isPresent() && month.get().compareTo(BsYearMonth.of(BsDate.today())) <= 0) {
            return statements(turn, month.get());
        }
        Khata khata = queries.query(new FindKhata(turn.buyerId()), Khata.class).join();
        PayLinks links = payLinks.getIfAvailable();
        String link = links == null || !khata.owed().isPositive() ? null : links.link(turn.buyerId(), linkValidity);
        return turn.answer(turn.replies().khata(khata, link), Outcome.of("KHATA_SENT",
                Map.of("owed", khata.owed().amount(), "vendors", khata.vendors().size(), "payLink", link != null)));
    }
}
