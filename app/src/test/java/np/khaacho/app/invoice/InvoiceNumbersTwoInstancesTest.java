package np.khaacho.app.invoice;

import np.khaacho.app.support.Api;
import np.khaacho.app.support.ClusterNode;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.NodePair;
import np.khaacho.app.support.OrderSteps;
import np.khaacho.kernel.invoice.DocumentKind;
import np.khaacho.kernel.invoice.InvoiceIssued;
import np.khaacho.kernel.invoice.InvoiceNumberTaken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances deliver one vendor's orders at once while the vendor asks both, at once, to issue each
 * order's invoice: the automatic issue and the asked ones take numbers from the vendor's book of the
 * fiscal year at the same moments. The numbers run from 1 with no gap and no repeat, every order has
 * exactly one invoice, each bears the number its book handed out for it, and both asks answer it.
 */
class InvoiceNumbersTwoInstancesTest {

    private static final String DATABASE = "khaacho_cluster_invoice_numbers";
    private static final List<String> BUYERS = List.of(IntegrationTest.BUYER_KTM_PHONE, "+9779841100203",
            "+9779861100205", "+9779841100206");
    private static final int ORDERS_PER_BUYER = 6;

    private static NodePair nodes;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        // one issuing thread each: the invoicing processor's two segments go one to each instance
        nodes = NodePair.start(DATABASE, name -> ClusterNode.start(name, DATABASE,
                "--khaacho.processors.tracking.invoicing.threads=1"), "first", "second");
    }

    @AfterAll
    static void stopBoth() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void numbersHaveNoGapAndNoRepeatWhenTwoInstancesIssueAtOnce() throws Exception {
        List<ClusterNode> both = List.of(nodes.first(), nodes.second());
        List<String> orders = new ArrayList<>();
        for (int b = 0; b < BUYERS.size(); b++) {
            for (int i = 0; i < ORDERS_PER_BUYER; i++) {
                Api buyer = both.get((b + i) % 2).as(BUYERS.get(b));
                orders.add(OrderSteps.placeAwaitingVendor(buyer, "GHEE-DDC-1L", 5));
            }
        }
        Map<String, Set<String>> answers = new ConcurrentHashMap<>();
        List<Api> vendors = both.stream().map(node -> node.as(IntegrationTest.VENDOR_KTM_PHONE)).toList();
        orders.forEach(orderId -> OrderSteps.confirm(vendors.get(0), orderId));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> deliveries = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                Api vendor = vendors.get(i % 2);
                String orderId = orders.get(i);
                Api other = vendors.get((i + 1) % 2);
                deliveries.add(pool.submit(() -> {
                    OrderSteps.dispatchAndDeliver(vendor, orderId);
                    // at once, on the other instance, while the automatic issue may be under way
                    ask(other, orderId, answers);
                    return null;
                }));
            }
            for (Future<?> delivery : deliveries) {
                delivery.get();
            }
            deliveries.clear();
            for (String orderId : orders) {
                for (Api vendor : vendors) {
                    deliveries.add(pool.submit(() -> {
                        ask(vendor, orderId, answers);
                        return null;
                    }));
                }
            }
            for (Future<?> delivery : deliveries) {
                delivery.get();
            }
        } finally {
            pool.shutdown();
        }

        String vendorId = nodes.first().userId(IntegrationTest.VENDOR_KTM_PHONE);
        Eventually.waitUntil("every delivered order is invoiced", Duration.ofSeconds(90), () -> nodes.first().jdbc
                .queryForObject("SELECT count(*) FROM event_store.domain_event_entry WHERE payloadtype = ?", Long.class,
                        InvoiceIssued.class.getName()) == orders.size());
        List<String> books = nodes.first().jdbc.queryForList("""
                SELECT DISTINCT aggregateidentifier FROM event_store.domain_event_entry WHERE payloadtype = ?""",
                String.class, InvoiceNumberTaken.class.getName());
        assertThat(books).as("one book: this vendor's invoices of this fiscal year").hasSize(1);
        List<InvoiceNumberTaken> taken = nodes.first().log.payloads(books.get(0)).stream()
                .map(InvoiceNumberTaken.class::cast).toList();
        assertThat(taken).allSatisfy(number -> {
            assertThat(number.kind()).isEqualTo(DocumentKind.INVOICE);
            assertThat(number.vendorId().value()).isEqualTo(vendorId);
        });
        assertThat(taken.stream().map(InvoiceNumberTaken::sequence).toList()).as("numbers from 1, no gap, no repeat")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, orders.size()).boxed().toList());
        Set<String> invoiced = new HashSet<>();
        for (InvoiceNumberTaken number : taken) {
            List<Object> invoice = nodes.first().log.payloads(number.invoiceId().value());
            assertThat(invoice).as("invoice %s", number.invoiceId()).isNotEmpty();
            InvoiceIssued issued = (InvoiceIssued) invoice.get(0);
            assertThat(issued.document().number()).isEqualTo(number.number());
            assertThat(invoiced.add(issued.orderId().value())).as("order %s invoiced twice", issued.orderId()).isTrue();
            assertThat(answers.get(issued.orderId().value())).as("what both asks answered").containsExactly(number.number());
        }
        assertThat(invoiced).containsExactlyInAnyOrderElementsOf(orders);
        Map<String, Object> collisions = nodes.first().jdbc.queryForMap(
                "SELECT count(*) AS letters FROM axon.dead_letter_entry WHERE processinggroup = 'invoicing'");
        assertThat(collisions.get("letters")).as("no issue given up").isEqualTo(0L);
        System.out.printf("invoice numbers on two instances: %d invoices, numbers 1..%d%n", orders.size(), taken.size());
    }

    private static void ask(Api vendor, String orderId, Map<String, Set<String>> answers) {
        var issued = vendor.post("/v1/orders/" + orderId + "/invoice", Map.of());
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        answers.computeIfAbsent(orderId, id -> ConcurrentHashMap.newKeySet()).add(issued.data().get("number").asText());
    }
}
