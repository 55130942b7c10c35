package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migrate.AppliedMigration;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dbgitops resolve}: records how a failed or interrupted migration was dealt with, unblocking the target. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Unblock a target after a failed or interrupted migration, recording what was done:"
                + " rolled-back (the file runs again next time) or applied (it counts as applied).")
public final class ResolveCommand extends SingleTargetCommand {

    @Option(names = "--version", required = true, paramLabel = "VERSION", description = "The blocked version.")
    String version;

    @Option(names = "--as", required = true, paramLabel = "RESOLUTION",
            description = "rolled-back or applied.")
    String resolution;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, recorded in the history.")
    String reason;

    @Override
    String change(Migrator migrator, DatabaseTarget target) {
        AppliedMigration row = migrator.resolve(target, BaselineCommand.parseVersion(version),
                Resolution.fromId(resolution), null, reason);
        return "Resolved version " + row.version() + " on " + target.name() + " (" + target.redactedUrl() + ") as "
                + Resolution.fromId(resolution).id() + " (history row " + row.rank() + ").";
    }
}
