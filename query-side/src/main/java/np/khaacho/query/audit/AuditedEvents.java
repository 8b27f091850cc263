package np.khaacho.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/** Turns an event, as Axon hands it over or as a row of the event table, into what an auditor reads. */
@Component
class AuditedEvents {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    /**
     * Payloads hold money and quantities: as JSON trees they keep their exact decimals (7297.50,
     * not 7297.5 as a double, nor 7.2975E+3 with the trailing zero stripped).
     */
    AuditedEvents(ObjectMapper json) {
        this.json = json.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    AuditedEvent of(DomainEventMessage<?> message) {
        EventMetadata metadata = new EventMetadata(message.getMetaData());
        return new AuditedEvent(null, message.getAggregateIdentifier(), message.getSequenceNumber(),
                message.getIdentifier(), message.getPayloadType().getSimpleName(), message.getTimestamp(),
                json.valueToTree(message.getPayload()), metadata.actor(), metadata.correlationId(),
                metadata.causationId());
    }

    /** A row of the columns {@link StoredEventReader} selects. */
    AuditedEvent of(ResultSet row) throws SQLException {
        byte[] metadataJson = row.getBytes("metadata");
        EventMetadata metadata = new EventMetadata(metadataJson == null ? Map.of() : read(metadataJson));
        try {
            return new AuditedEvent(row.getLong("globalindex"), row.getString("aggregateidentifier"),
                    row.getLong("sequencenumber"), row.getString("eventidentifier"),
                    simpleName(row.getString("payloadtype")), Instant.parse(row.getString("timestamp")),
                    json.readTree(row.getBytes("payload")), metadata.actor(), metadata.correlationId(),
                    metadata.causationId());
        } catch (IOException e) {
            throw new UncheckedIOException("the payload of event " + row.getString("eventidentifier")
                    + " is not JSON", e);
        }
    }

    private Map<String, Object> read(byte[] metadataJson) {
        try {
            return json.readValue(metadataJson, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException("event metadata is not a JSON object", e);
        }
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
