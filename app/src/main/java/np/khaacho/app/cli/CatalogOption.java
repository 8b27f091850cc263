package np.khaacho.app.cli;

import np.khaacho.command.parsing.rules.RuleOrderParser;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;

/** {@code --catalog}: the catalog the parse commands read against, and the rule parser built over it. */
final class CatalogOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "CSV", description = "another catalog (default: the demo's)")
    String catalog;

    /** Whether a catalog was named (else the demo's, or for a replay the live one). */
    boolean given() {
        return catalog != null;
    }

    /** The parser over the chosen catalog; a catalog that cannot be read is a mistyped command line. */
    RuleOrderParser parser() {
        try {
            return new RuleOrderParser(Catalogs.load(catalog));
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
