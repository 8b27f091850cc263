package np.khaacho.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options of the form {@code --name value} or {@code --name=value}, and the rest as arguments. */
final class Options {

    final Map<String, String> values = new HashMap<>();
    final List<String> arguments = new ArrayList<>();

    private Options() {
    }

    static Options parse(String[] args, Set<String> known) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                if (!known.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
                options.values.put(name, value);
            } else {
                options.arguments.add(arg);
            }
        }
        return options;
    }

    String get(String name) {
        return values.get(name);
    }
}
