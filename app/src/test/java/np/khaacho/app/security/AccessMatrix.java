package np.khaacho.app.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The access matrix as a text file: one line per endpoint, caller and resource with the outcome, in a
 * stable order, and the differences between an approved matrix and an observed one, said in words.
 */
final class AccessMatrix {

    /** Who calls. A side is the fixture side whose resources are the caller's own. */
    enum Caller {
        NONE("none", null), BUYER("buyer", "A"), ANOTHER_BUYER("another-buyer", "B"), VENDOR("vendor", "A"),
        ANOTHER_VENDOR("another-vendor", "B"), ADMIN("admin", null), AUDITOR("auditor", null);

        final String label;
        final String side;

        Caller(String label, String side) {
            this.label = label;
            this.side = side;
        }

        static Caller of(String label) {
            for (Caller caller : values()) {
                if (caller.label.equals(label)) {
                    return caller;
                }
            }
            throw new IllegalArgumentException("no caller " + label);
        }
    }

    /** Whose resource the request names. */
    enum Resource {
        NONE("-"), OWN("own"), OTHER("other"), ANY("any"), UNKNOWN("unknown");

        final String label;

        Resource(String label) {
            this.label = label;
        }

        static Resource of(String label) {
            for (Resource resource : values()) {
                if (resource.label.equals(label)) {
                    return resource;
                }
            }
            throw new IllegalArgumentException("no resource " + label);
        }
    }

    /** The class of an answer; AccessMatrixHeader says what each means. */
    enum Outcome {
        ALLOW, SHOWS_OTHERS, DENY_401, DENY_403, HIDDEN_404, ERROR_5XX;

        /** The class of an answer; on a deliberately unknown resource a 404 comes after the access checks. */
        static Outcome of(int status, Resource resource) {
            if (status >= 500) {
                return ERROR_5XX;
            }
            if (status == 401) {
                return DENY_401;
            }
            if (status == 403) {
                return DENY_403;
            }
            if (status == 404 && resource != Resource.UNKNOWN) {
                return HIDDEN_404;
            }
            return ALLOW;
        }
    }

    /** One line: the endpoint (method, pattern and, for endpoints called several ways, a [variant]). */
    record Entry(String method, String pattern, String variant, Caller caller, Resource resource, Outcome outcome,
                 String note) {

        String endpoint() {
            return method + " " + pattern;
        }

        String request() {
            return endpoint() + (variant == null ? "" : " " + variant);
        }

        String key() {
            return request() + " " + caller.label + " " + resource.label;
        }
    }

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::pattern).thenComparing(Entry::method)
            .thenComparing(entry -> entry.variant() == null ? "" : entry.variant())
            .thenComparing(Entry::caller).thenComparing(Entry::resource);

    private AccessMatrix() {
    }

    static String render(String header, List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(ORDER).toList();
        int requestWidth = sorted.stream().mapToInt(entry -> entry.pattern().length()
                + (entry.variant() == null ? 0 : entry.variant().length() + 1)).max().orElse(10);
        StringBuilder out = new StringBuilder(header);
        String previous = null;
        for (Entry entry : sorted) {
            if (previous != null && !previous.equals(entry.request())) {
                out.append('\n');
            }
            previous = entry.request();
            String request = entry.pattern() + (entry.variant() == null ? "" : " " + entry.variant());
            String line = String.format("%-7s %-" + requestWidth + "s  %-15s %-8s %-13s", entry.method(), request,
                    entry.caller().label, entry.resource().label, entry.outcome());
            out.append(entry.note() == null ? line.stripTrailing() : line + "# " + entry.note()).append('\n');
        }
        return out.toString();
    }

    /** Reads the lines of a matrix; comments (from {@code #}) and blank lines are skipped. */
    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("\n")) {
            number++;
            int comment = raw.indexOf('#');
            String line = (comment < 0 ? raw : raw.substring(0, comment)).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 5 && fields.length != 6) {
                throw new IllegalArgumentException("line " + number + " is not 'METHOD /path [variant] caller"
                        + " resource OUTCOME': " + raw);
            }
            boolean variant = fields.length == 6;
            int at = variant ? 3 : 2;
            try {
                entries.add(new Entry(fields[0], fields[1], variant ? fields[2] : null, Caller.of(fields[at]),
                        Resource.of(fields[at + 1]), Outcome.valueOf(fields[at + 2]), null));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage() + ": " + raw, e);
            }
        }
        return entries;
    }

    /**
     * Every difference, one sentence each: endpoints mapped without a decision, decisions for endpoints
     * no longer mapped, lines whose outcome changed, lines only on one side. Empty when they agree.
     */
    static List<String> differences(List<Entry> approved, List<Entry> observed, Set<String> mappedEndpoints) {
        Map<String, Entry> approvedByKey = byKey(approved);
        Map<String, Entry> observedByKey = byKey(observed);
        Set<String> approvedEndpoints = approved.stream().map(Entry::endpoint).collect(Collectors.toCollection(TreeSet::new));
        List<String> found = new ArrayList<>();
        for (String endpoint : new TreeSet<>(mappedEndpoints)) {
            if (!approvedEndpoints.contains(endpoint)) {
                long lines = observed.stream().filter(entry -> entry.endpoint().equals(endpoint)).count();
                found.add("new endpoint without an access decision: " + endpoint + " (" + lines + " lines observed)");
            }
        }
        for (String endpoint : approvedEndpoints) {
            if (!mappedEndpoints.contains(endpoint)) {
                found.add("decided endpoint no longer mapped: " + endpoint);
            }
        }
        for (Entry entry : observedByKey.values()) {
            if (!approvedEndpoints.contains(entry.endpoint())) {
                continue;
            }
            Entry decided = approvedByKey.get(entry.key());
            if (decided == null) {
                found.add("no decision for: " + entry.key() + " (observed " + described(entry) + ")");
            } else if (decided.outcome() != entry.outcome()) {
                found.add("changed: " + entry.key() + ": approved " + decided.outcome() + ", observed "
                        + described(entry));
            }
        }
        for (Entry entry : approvedByKey.values()) {
            if (mappedEndpoints.contains(entry.endpoint()) && !observedByKey.containsKey(entry.key())) {
                found.add("decided but no longer called: " + entry.key());
            }
        }
        return found;
    }

    private static String described(Entry entry) {
        return entry.outcome() + (entry.note() == null ? "" : ", " + entry.note());
    }

    private static Map<String, Entry> byKey(List<Entry> entries) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry entry : entries.stream().sorted(ORDER).toList()) {
            if (byKey.put(entry.key(), entry) != null) {
                throw new IllegalArgumentException("two lines for " + entry.key());
            }
        }
        return byKey;
    }
}
