package np.khaacho.command.whatsapp;

import java.util.Map;

/** What came of one inbound message, with the ids and numbers that tell the rest. */
record Outcome(String name, Map<String, Object> detail) {

    static Outcome of(String name) {
        return new Outcome(name, Map.of());
    }

    static Outcome of(String name, Map<String, Object> detail) {
        return new Outcome(name, detail);
    }
}
