package io.jenkins.plugins.dbgitops.engine.review.dryrun;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.Connections;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.review.schema.SchemaSnapshot;
import io.jenkins.plugins.dbgitops.engine.migrate.FileResult;
import io.jenkins.plugins.dbgitops.engine.migrate.FileStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationListener;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetResult;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlText;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies migrations to a throwaway database exactly as a rollout would ({@link Migrator}: each file in its own
 * transaction where the engine allows, with its history row), after loading the starting schema, and turns each
 * failure into a {@link Failure} at the failing statement's line. The database is dropped afterwards, whatever
 * happened. Tables are empty: failures that depend on existing rows are not found here.
 */
public final class DryRun {
    /** How long one statement may run on the throwaway database. */
    public static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(2);
    /** The line the rollout's message gives for the failing statement ({@code RolloutMessages.statementFailed}). */
    private static final Pattern FAILED_LINE = Pattern.compile("failed at statement \\d+ of \\d+ \\(line (\\d+)\\)");
    /** PostgreSQL quotes the rejected value in double quotes ({@code invalid input syntax for type bigint: "x"}). */
    private static final Pattern QUOTED_VALUE = Pattern.compile(": \"(?:[^\"]|\"\")*\"");

    private final DatabaseTarget server;

    public DryRun(DatabaseTarget server) {
        this.server = server;
    }

    /**
     * A failure of the dry run.
     *
     * @param file    the migration file, or empty for the starting schema
     * @param line    the failing statement's line
     * @param message what the engine said, literals redacted
     */
    public record Failure(Optional<Path> file, int line, String message) {
    }

    /**
     * Loads {@code start} (when given) into a new database, then applies {@code migrations} in version order.
     *
     * @param migrations the files to apply: without a starting schema, every migration from the first; with one,
     *                   those the schema's history does not hold
     * @throws UserInputException when the server cannot be reached or the database cannot be created
     */
    public List<Failure> run(Optional<SchemaSnapshot> start, List<MigrationFile> migrations) {
        try (ThrowawayDatabase database = ThrowawayDatabase.create(server, STATEMENT_TIMEOUT)) {
            if (start.isPresent()) {
                Optional<Failure> failure = load(database.target(), start.get());
                if (failure.isPresent()) {
                    return List.of(failure.get());
                }
            }
            TargetResult result = new Migrator(MigrationOptions.defaults().withAppliedBy("dbgitops dry run"))
                    .migrate(database.target(), migrations, MigrationListener.NONE);
            List<Failure> failures = new ArrayList<>();
            for (FileResult file : result.files()) {
                if (file.status() == FileStatus.FAILED) {
                    MigrationFile migration = migrations.stream().filter(m -> m.version().equals(file.version()))
                            .findFirst().orElseThrow();
                    String error = file.error().orElse("");
                    Matcher line = FAILED_LINE.matcher(error);
                    failures.add(new Failure(Optional.of(migration.path()), line.find() ? Integer.parseInt(
                            line.group(1)) : 1, redact(database.target().sanitize(error))));
                }
            }
            if (failures.isEmpty() && result.failed()) {
                failures.add(new Failure(Optional.empty(), 1, "The dry run could not apply the migrations: "
                        + redact(result.error().orElse("unknown error"))));
            }
            return failures;
        }
    }

    /** Runs the snapshot's statements one by one; the first that fails ends the dry run. */
    private static Optional<Failure> load(DatabaseTarget target, SchemaSnapshot snapshot) {
        try (Connection connection = Connections.open(target); Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            for (SqlStatement sql : StatementSplitter.forEngine(target.engine()).split(snapshot.ddl())) {
                try {
                    statement.execute(sql.text());
                } catch (SQLException e) {
                    return Optional.of(new Failure(Optional.empty(), sql.line(), "The starting schema does not load"
                            + " on the throwaway database: " + redact(Connections.oneLine(target.sanitize(
                                    e.getMessage()))) + "."));
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new UserInputException("Cannot load the starting schema for the dry run: "
                    + Connections.oneLine(target.sanitize(e.getMessage())) + ".", e);
        }
    }

    /** The engine's message without the values it quotes: a rejected value may be a secret. */
    public static String redact(String message) {
        return QUOTED_VALUE.matcher(SqlText.redactLiterals(message)).replaceAll(": \"…\"");
    }
}
