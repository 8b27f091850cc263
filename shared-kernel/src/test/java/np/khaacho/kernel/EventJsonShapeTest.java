package np.khaacho.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import np.khaacho.kernel.order.OrderEventFolds;
import np.khaacho.kernel.invoice.VatClass;
import np.khaacho.kernel.product.ProductDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events live forever in the event store: their JSON shape is pinned by approved files. A change
 * that alters a shape fails here and needs a new {@code @Revision} with an upcaster, not an edit.
 * (The received JSON is written to {@code target/received-events/} to compare.)
 */
class EventJsonShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    static List<Object> events() {
        return SampleEvents.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void keepsItsApprovedJsonShape(Object event) throws IOException {
        String name = event.getClass().getSimpleName();
        String received = JSON.writeValueAsString(event) + "\n";
        Path receivedFile = Path.of("target/received-events", name + ".json");
        Files.createDirectories(receivedFile.getParent());
        Files.writeString(receivedFile, received);

        try (InputStream approved = getClass().getResourceAsStream("/approved-events/" + name + ".json")) {
            assertThat(approved).as("approved JSON of %s (see %s)", name, receivedFile).isNotNull();
            assertThat(received).isEqualTo(new String(approved.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void pinsTheShapeOfEveryOrderEvent() {
        assertThat(events()).extracting(Object::getClass).containsAll(OrderEventFolds.permitted());
    }

    /** Details stored before products had a VAT class read as taxed at the standard rate. */
    @Test
    void productDetailsStoredBeforeVatClassesReadAsStandardRated() throws IOException {
        String stored = """
                {"name":"Masoor Dal (Red Lentil)","nameNe":"मसुरो दाल","aliases":["masoor"],"category":"pulses",
                 "unit":"kg","packSize":null}""";
        assertThat(JSON.readValue(stored, ProductDetails.class).vatClass()).isEqualTo(VatClass.STANDARD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void readsBackEqualToWhatWasWritten(Object event) throws IOException {
        assertThat(JSON.readValue(JSON.writeValueAsString(event), event.getClass())).isEqualTo(event);
    }
}
