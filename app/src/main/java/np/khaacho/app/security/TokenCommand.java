package np.khaacho.app.security;

import com.nimbusds.jwt.SignedJWT;
import np.khaacho.app.cli.Console;
import np.khaacho.app.cli.Operator;
import np.khaacho.app.cli.OperatorContext;
import np.khaacho.app.cli.Phones;
import np.khaacho.app.cli.SpringArguments;
import np.khaacho.app.logging.PhoneMasking;
import np.khaacho.command.api.CommandSender;
import np.khaacho.command.party.UserDirectory;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.common.Channel;
import np.khaacho.kernel.party.RecordOperatorToken;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code java -jar khaacho.jar token --phone +9779800000001}: prints a signed token for that user,
 * alone on stdout, for scripts and operators. Says on stderr whom it was for, and records it on the
 * user's account as an event naming the operator (the token's id and expiry, never the token).
 */
@Command(name = "token",
        header = "Prints a signed bearer token for a user, and records that the operator minted it.",
        description = "The token goes alone to stdout. Tells on stderr whom it is for, and records on the user's "
                + "account that the operator (operator:<OS user>) minted a token: its id and expiry, never the "
                + "token. Uses the server's signing key.",
        footer = {"", "The database and key come from the server's settings (DATABASE_URL, KHAACHO_KEY_FILE or "
                + "JWT_PRIVATE_KEY/JWT_PUBLIC_KEY) or --name=value settings.",
                "Exit codes: 0 printed, 1 no such user or no database, 2 bad arguments."})
public final class TokenCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--phone", required = true, paramLabel = "PHONE", description = "the user's phone, e.g. +9779800000001")
    String phone;

    @Unmatched
    List<String> settings = new ArrayList<>();

    public TokenCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws ParseException {
        String normalised = Phones.normalise(phone).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "--phone " + phone + " is not a phone number"));
        List<String> spring = SpringArguments.checked(spec, settings);
        Actor operator = Operator.actor();
        try (var context = OperatorContext.start(spring, JwtConfiguration.class)) {
            var user = context.getBean(UserDirectory.class).byPhone(normalised);
            if (user.isEmpty()) {
                console.err().println("no user has the phone " + normalised);
                return CommandLine.ExitCode.SOFTWARE;
            }
            String token = context.getBean(TokenIssuer.class)
                    .issue(user.get().id(), user.get().role(), user.get().phone(), Channel.API);
            var claims = SignedJWT.parse(token).getJWTClaimsSet();
            Instant expiresAt = claims.getExpirationTime().toInstant();
            // recorded before it is shown: a token nobody can account for is never handed out
            context.getBean(CommandSender.class)
                    .send(new RecordOperatorToken(user.get().id(), claims.getJWTID(), expiresAt), operator);
            console.err().println(operator.userId() + " minted a token for " + user.get().id() + " ("
                    + user.get().role() + ", " + PhoneMasking.mask(user.get().phone()) + "), id " + claims.getJWTID()
                    + ", valid until " + expiresAt);
            console.out().println(token);
            return CommandLine.ExitCode.OK;
        }
    }
}
