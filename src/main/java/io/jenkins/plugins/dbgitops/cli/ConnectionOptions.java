package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The databases a command works on: one or more {@code --url}s, a user, and a password that comes from an
 * environment variable or a file, never from a plain flag (flags end up in shell history and process lists).
 * Shared by every command that connects ({@code plan}, {@code migrate}, {@code status}, ... and later
 * {@code rollout}) as a picocli {@code @Mixin}.
 */
public final class ConnectionOptions {

    /** Reads environment variables; tests replace it. */
    static UnaryOperator<String> environment = System::getenv;

    // not required by picocli, so that 'status' can also take the dbgitops.yaml form; targets() insists instead
    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "JDBC URL of a target database; repeat for several targets.")
    List<String> urls = new ArrayList<>();

    @Option(names = "--user", paramLabel = "USER", description = "Database user (default: the URL's or the driver's).")
    String user;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordSource password;

    /** Where the password comes from: one of the two. */
    static final class PasswordSource {
        @Option(names = "--password-env", paramLabel = "VAR",
                description = "Name of the environment variable that holds the password.")
        String environmentVariable;

        @Option(names = "--password-file", paramLabel = "FILE",
                description = "File whose first line is the password.")
        Path file;

        String read() {
            if (environmentVariable != null) {
                String value = environment.apply(environmentVariable);
                if (value == null) {
                    throw new UserInputException("Environment variable " + environmentVariable + " (--password-env)"
                            + " is not set: export it, or use --password-file.");
                }
                return value;
            }
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                return lines.isEmpty() ? "" : lines.get(0);
            } catch (IOException e) {
                throw new UserInputException("Cannot read the password file " + file + " (--password-file): "
                        + e.getMessage() + ". Check the path and its permissions.");
            }
        }
    }

    /** Whether any --url was given. */
    public boolean given() {
        return !urls.isEmpty();
    }

    /** One target per URL, named after its database; repeated names get a {@code #2}, {@code #3} suffix. */
    public List<DatabaseTarget> targets() {
        if (urls.isEmpty()) {
            throw new UserInputException("Missing required option '--url=JDBC_URL': name the target database(s).");
        }
        String secret = password == null ? null : password.read();
        Map<String, Integer> seen = new HashMap<>();
        List<DatabaseTarget> targets = new ArrayList<>();
        for (String url : urls) {
            DatabaseTarget target = DatabaseTarget.of(url, user, secret);
            int count = seen.merge(target.name(), 1, Integer::sum);
            targets.add(count == 1 ? target
                    : new DatabaseTarget(target.name() + "#" + count, url, user, secret, target.engine()));
        }
        return targets;
    }

    /** The single target of commands that work on one database ({@code baseline}, {@code resolve}). */
    public DatabaseTarget singleTarget() {
        List<DatabaseTarget> targets = targets();
        if (targets.size() != 1) {
            throw new UserInputException("This command works on one database at a time: give one --url, not "
                    + targets.size() + ".");
        }
        return targets.get(0);
    }
}
