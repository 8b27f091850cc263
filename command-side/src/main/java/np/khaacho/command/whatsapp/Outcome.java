package np.khaacho.command.whatsapp;

import java.util.Map;

/** What came of one inbound message, with the ids and numbers that tell the rest. */
public record Outcome(String name, Map<String, Object> detail) {

    public static Outcome of(String name) {
        return new Outcome(name, Map.of());
    }

    public static Outcome of(String name, Map<String, Object> detail) {
        return new Outcome(name, detail);
    }
}
