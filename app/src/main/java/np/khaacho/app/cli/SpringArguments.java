package np.khaacho.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Settings for Spring given on the command line as {@code --name=value}, the way Spring Boot takes
 * them ({@code --server.port=9090}, {@code --spring.datasource.url=…}). A name must contain a dot and
 * the value follow an equals sign: anything else is a mistyped option or command, refused before
 * anything starts.
 */
public final class SpringArguments {

    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_\\[\\]-]+)+=.*",
            Pattern.DOTALL);

    private SpringArguments() {
    }

    public static List<String> checked(CommandSpec spec, List<String> arguments) {
        for (String argument : arguments) {
            if (!SETTING.matcher(argument).matches()) {
                String problem = argument.startsWith("-") ? "Unknown option: '" + argument + "'"
                        : "Unknown command or argument: '" + argument + "'";
                throw new CommandLine.ParameterException(spec.commandLine(), problem
                        + " (Spring settings are given as --name.with.dots=value)");
            }
        }
        return List.copyOf(arguments);
    }

    static boolean names(List<String> arguments, String property) {
        return arguments.stream().anyMatch(argument -> argument.startsWith("--" + property + "="));
    }
}
