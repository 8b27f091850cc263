package np.khaacho.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why an order is where it is, read from every place its work leaves a trace: the order as the read side
 * has it, its events, the saga that drives it (its state as stored), the deadlines the saga waits for
 * (db-scheduler's rows), the dead letters of any processor about it, and the messages queued about it with
 * their delivery. Then the findings an operator acts on: what is overdue, parked or failed, with the
 * retry that exists for it.
 */
@Component
class StuckOrders {

    private static final String SAGA = "np.khaacho.saga.fulfilment.OrderFulfilmentSaga";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    StuckOrders(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The diagnosis of the order with this id or number; empty when there is no such order. */
    Optional<Diagnosis> diagnose(String idOrNumber) {
        List<Map<String, Object>> orders = jdbc.queryForList("""
                SELECT order_id, order_number, status, payment_status, buyer_id, vendor_id, respond_by, placed_at,
                       updated_at
                FROM read_model.orders WHERE order_id = ? OR order_number = ?""", idOrNumber, idOrNumber);
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> order = orders.get(0);
        String orderId = (String) order.get("order_id");
        List<Map<String, Object>> events = jdbc.queryForList("""
                SELECT sequencenumber AS sequence, payloadtype AS type, "timestamp" AS at
                FROM event_store.domain_event_entry WHERE aggregateidentifier = ? ORDER BY sequencenumber""", orderId);
        events.forEach(event -> event.put("type", shortName((String) event.get("type"))));
        Saga saga = saga(orderId);
        List<Map<String, Object>> deadlines = new ArrayList<>();
        saga.deadlineIds().forEach((name, id) -> jdbc.queryForList("""
                SELECT execution_time AS due, picked, picked_by, consecutive_failures AS failures, last_failure
                FROM axon.scheduled_tasks WHERE task_name = 'AxonDeadline' AND task_instance = ?""", id)
                .forEach(row -> {
                    Map<String, Object> deadline = new LinkedHashMap<>();
                    deadline.put("name", name);
                    deadline.put("id", id);
                    deadline.putAll(row);
                    deadlines.add(deadline);
                }));
        List<Map<String, Object>> deadLetters = jdbc.queryForList("""
                SELECT processinggroup AS "group", payloadtype AS type, causetype AS cause, causemessage AS message,
                       enqueuedat AS since
                FROM axon.dead_letter_entry WHERE sequenceidentifier = ? OR aggregateidentifier = ?
                ORDER BY processinggroup, sequenceindex""", orderId, orderId);
        deadLetters.forEach(letter -> letter.put("type", shortName((String) letter.get("type"))));
        List<Map<String, Object>> messages = jdbc.queryForList("""
                SELECT id, kind, status, attempts, last_error, created_at, sent_at, delivery_status, delivery_error
                FROM messaging.outbox WHERE order_id = ? ORDER BY id""", orderId);
        Diagnosis diagnosis = new Diagnosis(order, events, saga.state(), deadlines, deadLetters, messages,
                findings(order, saga, deadlines, deadLetters, messages));
        return Optional.of(diagnosis);
    }

    private Saga saga(String orderId) {
        List<byte[]> stored = jdbc.query("""
                SELECT s.serializedsaga FROM axon.association_value_entry a
                JOIN axon.saga_entry s ON s.sagaid = a.sagaid
                WHERE a.sagatype = ? AND a.associationkey = 'orderId' AND a.associationvalue = ?""",
                (rs, n) -> rs.getBytes(1), SAGA, orderId);
        if (stored.isEmpty() || stored.get(0) == null) {
            return new Saga(null, Map.of());
        }
        try {
            JsonNode state = json.readTree(new String(stored.get(0), StandardCharsets.UTF_8));
            Map<String, String> deadlineIds = new LinkedHashMap<>();
            state.path("deadlineIds").fields().forEachRemaining(entry -> deadlineIds.put(entry.getKey(), entry.getValue().asText()));
            return new Saga(state, deadlineIds);
        } catch (IOException e) {
            return new Saga(json.getNodeFactory().textNode("unreadable: " + e.getMessage()), Map.of());
        }
    }

    /** What stands out, each with what to do about it. */
    private static List<Finding> findings(Map<String, Object> order, Saga saga, List<Map<String, Object>> deadlines,
                                          List<Map<String, Object>> deadLetters, List<Map<String, Object>> messages) {
        List<Finding> findings = new ArrayList<>();
        String status = (String) order.get("status");
        boolean open = List.of("PLACED", "AWAITING_VENDOR", "CONFIRMED", "DISPATCHED", "DELIVERED").contains(status);
        Instant now = Instant.now();
        if (open && saga.state() == null && !"DELIVERED".equals(status)) {
            findings.add(new Finding("NO_SAGA", "no saga drives this " + status + " order", null));
        }
        Timestamp respondBy = (Timestamp) order.get("respond_by");
        if ("AWAITING_VENDOR".equals(status) && respondBy != null && respondBy.toInstant().isBefore(now.minusSeconds(300))
                && deadlines.stream().noneMatch(d -> d.get("due") != null)) {
            findings.add(new Finding("VENDOR_DEADLINE_MISSING", "the vendor's time ran out at " + respondBy.toInstant()
                    + " and no deadline is waiting to expire the order", null));
        }
        for (Map<String, Object> deadline : deadlines) {
            Timestamp due = (Timestamp) deadline.get("due");
            Number failures = (Number) deadline.get("failures");
            if (due != null && due.toInstant().isBefore(now.minusSeconds(120))) {
                findings.add(new Finding("DEADLINE_OVERDUE", "the deadline " + deadline.get("name") + " was due at "
                        + due.toInstant() + " and has not run" + (failures != null && failures.intValue() > 0
                        ? " (" + failures + " failed attempts)" : ""), null));
            }
        }
        deadLetters.stream().map(letter -> (String) letter.get("group")).distinct().forEach(group -> findings.add(
                new Finding("DEAD_LETTERS", "events of this order wait in the dead letters of " + group,
                        "POST /v1/admin/dead-letters/" + group + "/retry")));
        for (Map<String, Object> message : messages) {
            if ("FAILED".equals(message.get("status"))) {
                findings.add(new Finding("MESSAGE_FAILED", "the " + message.get("kind") + " message failed: "
                        + message.get("last_error"), "POST /v1/admin/outbound/" + message.get("id") + "/retry"));
            }
        }
        return findings;
    }

    private static String shortName(String type) {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    private record Saga(JsonNode state, Map<String, String> deadlineIds) {
    }

    /** One thing that stands out, and the request that retries it where one exists. */
    record Finding(String code, String text, String retry) {
    }

    /** Everything about the order's work, as it stands. */
    record Diagnosis(Map<String, Object> order, List<Map<String, Object>> events, JsonNode saga,
                     List<Map<String, Object>> deadlines, List<Map<String, Object>> deadLetters,
                     List<Map<String, Object>> messages, List<Finding> findings) {
    }
}
