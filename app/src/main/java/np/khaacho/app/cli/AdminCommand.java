package np.khaacho.app.cli;

import np.khaacho.command.api.CommandSender;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Role;
import np.khaacho.kernel.party.RegisterStaff;
import np.khaacho.kernel.party.StaffId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code admin}: the operator's commands on staff accounts. */
@Command(name = "admin", header = "Manages staff accounts (admins and auditors).",
        subcommands = {AdminCommand.Add.class})
final class AdminCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    AdminCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to do, e.g. admin add --help");
    }

    Console console() {
        return console;
    }

    /**
     * {@code admin add --phone … --name … [--role AUDITOR]}: registers a staff user through the write
     * side's {@code RegisterStaff}, so a {@code StaffRegistered} event records it with the operator as
     * actor. Works on an empty database (the migrations run first); refuses a phone that is taken.
     */
    @Command(name = "add",
            header = "Adds a staff user: an admin, or an auditor with --role AUDITOR.",
            description = "This is how a production deployment gets its first admin. Recorded as an event naming "
                    + "the operator (operator:<OS user>). Runs the database migrations first, so it works on an "
                    + "empty database, and may run beside a live server (it starts no server and takes none of "
                    + "its work).",
            footer = {"", "The database comes from DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD as for the server, "
                    + "or --spring.datasource.url=… settings.",
                    "Exit codes: 0 added, 1 refused (phone taken, database unreachable), 2 bad arguments."})
    static final class Add implements Callable<Integer> {

        @CommandLine.ParentCommand
        AdminCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        boolean help;

        @Option(names = "--phone", required = true, paramLabel = "PHONE",
                description = "a Nepali mobile number (98…, +977 98…) or any number in E.164 form (+…)")
        String phone;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the person's name")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "ADMIN",
                description = "ADMIN or AUDITOR (default: ${DEFAULT-VALUE})")
        Role role;

        @Unmatched
        List<String> settings = new ArrayList<>();

        @Override
        public Integer call() {
            Console console = parent.console();
            String normalised = Phones.normalise(phone).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--phone " + phone + " is neither a Nepali mobile number nor an E.164 number"));
            if (name.isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--name must not be blank");
            }
            if (role != Role.ADMIN && role != Role.AUDITOR) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--role must be ADMIN or AUDITOR");
            }
            List<String> spring = SpringArguments.checked(spec, settings);
            Actor operator = Operator.actor();
            try (var context = OperatorContext.start(spring)) {
                UserDirectory users = context.getBean(UserDirectory.class);
                Optional<UserDirectory.User> taken = users.byPhone(normalised);
                if (taken.isPresent()) {
                    console.err().println("the phone " + normalised + " already belongs to " + taken.get().id()
                            + " (" + taken.get().role() + "); nothing was added");
                    return CommandLine.ExitCode.SOFTWARE;
                }
                StaffId staffId = StaffId.derivedFrom("staff:" + normalised);
                try {
                    context.getBean(CommandSender.class).send(
                            new RegisterStaff(staffId, role, name.strip(), normalised), operator);
                } catch (RuntimeException e) {
                    // another user took the phone since the look-up: the unique phone refuses it in the same transaction
                    if (users.byPhone(normalised).isPresent()) {
                        console.err().println("the phone " + normalised + " was just taken by another user; nothing was added");
                        return CommandLine.ExitCode.SOFTWARE;
                    }
                    throw e;
                }
                console.out().println("added " + role + " " + name.strip() + " (" + normalised + ") as " + staffId
                        + ", recorded as done by " + operator.userId());
                return CommandLine.ExitCode.OK;
            }
        }
    }
}
