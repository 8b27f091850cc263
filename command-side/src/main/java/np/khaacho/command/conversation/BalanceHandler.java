package np.khaacho.command.conversation;

import np.khaacho.command.parsing.Intent;
import np.khaacho.command.payment.gateway.PayLinks;
import np.khaacho.command.whatsapp.Outcome;
import np.khaacho.kernel.query.FindKhata;
import np.khaacho.kernel.query.Khata;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;

/**
 * "Hisab", "kati tirna baki cha", "statement": the buyer's khata as the read side knows it (what is owed
 * per vendor with due dates, the latest payments, the credit available) and a signed link to pay it.
 */
@Component
class BalanceHandler implements IntentHandler {

    private final QueryGateway queries;
    private final ObjectProvider<PayLinks> payLinks;
    private final Duration linkValidity;

    BalanceHandler(QueryGateway queries, ObjectProvider<PayLinks> payLinks,
                   @Value("${khaacho.payments.pay-link-validity:P3D}") Duration linkValidity) {
        this.queries = queries;
        this.payLinks = payLinks;
        this.linkValidity = linkValidity;
    }

    @Override
    public Intent intent() {
        return Intent.BALANCE;
    }

    @Override
    public Settlement handle(Turn turn) {
        Khata khata = queries.query(new FindKhata(turn.buyerId()), Khata.class).join();
        PayLinks links = payLinks.getIfAvailable();
        String link = links == null || !khata.owed().isPositive() ? null : links.link(turn.buyerId(), linkValidity);
        return turn.answer(turn.replies().khata(khata, link), Outcome.of("KHATA_SENT",
                Map.of("owed", khata.owed().amount(), "vendors", khata.vendors().size(), "payLink", link != null)));
    }
}
