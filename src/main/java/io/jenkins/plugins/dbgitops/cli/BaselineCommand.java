package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dbgitops baseline}: brings an existing database under dbgitops at a version, without running files. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Mark every version up to --version as applied on a database that dbgitops has not migrated"
                + " yet, without running them.")
public final class BaselineCommand extends SingleTargetCommand {

    @Option(names = "--version", required = true, paramLabel = "VERSION",
            description = "The highest version the database already has.")
    String version;

    @Override
    String change(Migrator migrator, DatabaseTarget target) {
        MigrationVersion baseline = parseVersion(version);
        migrator.baseline(target, baseline, null);
        return "Baselined " + target.name() + " (" + target.redactedUrl() + ") at version " + baseline + ".";
    }

    static MigrationVersion parseVersion(String value) {
        try {
            return MigrationVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
