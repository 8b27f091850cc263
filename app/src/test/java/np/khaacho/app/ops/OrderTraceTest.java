package np.khaacho.app.ops;

import np.khaacho.app.support.AppProcess;
import np.khaacho.app.support.Eventually;
import np.khaacho.app.support.IntegrationTest;
import np.khaacho.app.support.OtlpStub;
import np.khaacho.app.support.ScratchDatabase;
import np.khaacho.app.support.TestDatabase;
import np.khaacho.app.support.TwilioStub;
import np.khaacho.app.support.WhatsAppClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One order is one trace. An instance with an OTLP endpoint exports its spans to a local collector; the
 * buyer's "yes" comes through the webhook within a trace the test chooses (its traceparent), and every step
 * of placing the order shares that trace id: the webhook call, the message stored and read, the commands,
 * the events handled by the order projection (the vendor's inbox) and the saga, and the message to the
 * vendor sent by the relay.
 */
class OrderTraceTest {

    private static final String DATABASE = TestDatabase.NAME + "_traces";

    @RegisterExtension
    static final ScratchDatabase SCRATCH = new ScratchDatabase(DATABASE);

    @Test
    void theWebhookTheCommandsTheEventsTheSagaTheInboxAndTheVendorsMessageShareOneTrace() throws Exception {
        TwilioStub twilio = TwilioStub.start(IntegrationTest.TWILIO_ACCOUNT_SID, IntegrationTest.TWILIO_AUTH_TOKEN);
        try (OtlpStub collector = OtlpStub.start();
             AppProcess app = AppProcess.withDemoData("traces", DATABASE, twilio,
                     "--management.otlp.tracing.endpoint=" + collector.tracesEndpoint()).start()) {
            String buyer = IntegrationTest.BUYER_KTM_PHONE;
            WhatsAppClient untraced = new WhatsAppClient(app.anonymous(), IntegrationTest.PUBLIC_BASE_URL,
                    IntegrationTest.TWILIO_AUTH_TOKEN);
            Instant asked = Instant.now();
            assertThat(untraced.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), buyer, "3 bora jeera masino"))
                    .status()).isEqualTo(200);
            Eventually.waitFor("the summary", () -> twilio.requestsTo(buyer).stream()
                    .filter(r -> r.receivedAt().isAfter(asked)).map(TwilioStub.MessageRequest::body)
                    .filter(body -> body != null && body.contains("YES")).findFirst().orElse(null));

            String traceId = HexFormat.of().formatHex(randomBytes(16));
            String callerSpan = HexFormat.of().formatHex(randomBytes(8));
            String traceparent = "00-" + traceId + "-" + callerSpan + "-01";
            WhatsAppClient traced = new WhatsAppClient(app.anonymous().withHeader("traceparent", traceparent),
                    IntegrationTest.PUBLIC_BASE_URL, IntegrationTest.TWILIO_AUTH_TOKEN);
            Instant confirmed = Instant.now();
            assertThat(traced.send(WhatsAppClient.text(WhatsAppClient.newMessageSid(), buyer, "yes")).status())
                    .isEqualTo(200);
            Eventually.waitFor("the vendor told of the order", () -> twilio.requestsTo(IntegrationTest.VENDOR_KTM_PHONE)
                    .stream().filter(r -> r.receivedAt().isAfter(confirmed)).findFirst().orElse(null));

            List<String> names = Eventually.waitFor("the order's spans", () -> {
                List<String> inTrace = collector.spans().stream().filter(span -> span.traceId().equals(traceId))
                        .map(OtlpStub.Span::name).toList();
                boolean complete = inTrace.stream().anyMatch(name -> name.contains("OrderAwaitingVendor"))
                        && inTrace.contains("khaacho.whatsapp.outbound.send");
                return complete ? inTrace : null;
            });
            assertThat(names).contains("http post /v1/whatsapp/webhook",
                    "khaacho.whatsapp.inbound.stored", "khaacho.whatsapp.inbound.read",
                    "CommandBus.handleCommand(ConfirmDrafts)", "CommandBus.handleCommand(PlaceDraftedOrder)",
                    "OrderProjection.on(OrderAwaitingVendor,DomainEventMessage)",
                    "khaacho.whatsapp.outbound.queued", "khaacho.whatsapp.outbound.send");
            assertThat(names).anySatisfy(name -> assertThat(name).startsWith("OrderFulfilmentSaga.on(OrderPlaced"));
            assertThat(names).anySatisfy(name -> assertThat(name).startsWith("NotificationDispatcher.on(OrderAwaitingVendor"));
            // one tree: every span's parent is a span of the trace, but the webhook call's, the caller's own
            List<OtlpStub.Span> spans = collector.spans().stream().filter(span -> span.traceId().equals(traceId)).toList();
            java.util.Set<String> ids = new java.util.HashSet<>(spans.stream().map(OtlpStub.Span::spanId).toList());
            ids.add(callerSpan);
            assertThat(spans).allSatisfy(span -> assertThat(ids).as(span.name()).contains(span.parentId()));
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
