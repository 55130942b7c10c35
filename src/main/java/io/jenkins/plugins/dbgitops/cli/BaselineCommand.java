package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dbgitops baseline}: brings an existing database under dbgitops at a version, without running files. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Mark every version up to --version as applied on a database that dbgitops has not migrated"
                + " yet, without running them.")
public final class BaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    HistoryOptions history;

    @Option(names = "--version", required = true, paramLabel = "VERSION",
            description = "The highest version the database already has.")
    String version;

    @Override
    public Integer call() {
        DatabaseTarget target = connection.singleTarget();
        new Migrator(history.toOptions()).baseline(target, parseVersion(version), null);
        spec.commandLine().getOut().println("Baselined " + target.name() + " (" + target.redactedUrl()
                + ") at version " + parseVersion(version) + ".");
        spec.commandLine().getOut().flush();
        return ExitCodes.SUCCESS;
    }

    static MigrationVersion parseVersion(String value) {
        try {
            return MigrationVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
