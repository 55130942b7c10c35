package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.review.schema.LiveSchemaReader;
import io.jenkins.plugins.dbgitops.engine.review.schema.SchemaSnapshot;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dbgitops schema}: the schema snapshot that offline reviews start from. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Schema snapshots for reviews that start from an existing database.",
        subcommands = SchemaCommand.Dump.class)
public final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: use 'schema dump'.");
    }

    /** {@code dbgitops schema dump}: reads a live schema (read only) and writes it as deterministic DDL. */
    @Command(name = "dump", mixinStandardHelpOptions = true,
            description = {"Write a database's schema as deterministic DDL, with the migration versions its history"
                + " table holds; commit it and review with --schema FILE, with no database connection.",
                "Reads in a read-only transaction: a login with SELECT only is enough."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:bad usage, or the database cannot be reached or read"})
    static final class Dump implements Callable<Integer> {

        @CommandLine.Mixin
        ConnectionOptions connection = new ConnectionOptions();

        @Option(names = "--output", paramLabel = "FILE", required = true, description = "The snapshot file.")
        Path output;

        @Option(names = "--history-table", paramLabel = "NAME", defaultValue = MigrationOptions.DEFAULT_HISTORY_TABLE,
                description = "History table to read the applied versions from. Default: ${DEFAULT-VALUE}.")
        String historyTable;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            SchemaSnapshot snapshot = new LiveSchemaReader(historyTable).read(connection.singleTarget());
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(output, snapshot.render(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserInputException("Cannot write the snapshot to " + output + ": " + e.getMessage()
                        + ". Check the directory and its permissions.", e);
            }
            spec.commandLine().getErr().println("dbgitops: schema of " + snapshot.origin() + " written to " + output
                    + " (" + snapshot.applied().size() + " applied migrations recorded)");
            return ExitCodes.SUCCESS;
        }
    }
}
