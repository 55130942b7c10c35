package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.migrate.AppliedMigration;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetStatus;
import io.jenkins.plugins.dbgitops.engine.migrate.VersionState;
import io.jenkins.plugins.dbgitops.engine.migrate.VersionStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dbgitops status}: per version, applied, pending, modified, failed or out of order. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the state of every migration on each target. Exit 1 when a target is blocked"
                + " (failed or interrupted migration) or an applied file changed.",
            "Two forms: --dir DIR --url URL... for given databases; or [--config dbgitops.yaml] [--release FILE.zip]"
                + " [--env NAME] for every environment and target of the project (the default without --url)."})
public final class StatusCommand extends TargetsCommand {
    @Mixin
    EnvironmentStatusOptions environments;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!connection.given() && !directory.given()) {
            return environments.run(out, format.html());
        }
        environments.rejectWithDirectForm();
        if (format.html()) {
            throw new UserInputException("--format html shows the environments of dbgitops.yaml: use it with"
                    + " --config, not with --dir and --url.");
        }
        List<TargetStatus> statuses = askEachTarget(Migrator::status);
        printEach(out, statuses, StatusCommand::print);
        boolean trouble = statuses.stream().anyMatch(s -> s.blocked() || s.count(VersionState.MODIFIED) > 0);
        return trouble ? ExitCodes.FAILURE : ExitCodes.SUCCESS;
    }

    private static void print(PrintWriter out, TargetStatus status) {
        out.println("Target " + status.targetName() + " (" + status.redactedUrl() + ")"
                + (status.historyExists() ? "" : ": no history table yet"));
        TextTable table = new TextTable("VERSION", "STATE", "SCRIPT", "APPLIED AT");
        for (VersionStatus version : status.versions()) {
            String state = version.state().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (version.outOfOrder() ? " (out of order)" : "");
            table.row(version.version(), state, version.script(),
                    version.lastRow().map(row -> row.startedAt().toString()).orElse(""));
        }
        table.print(out, "  ");
        for (VersionStatus version : status.versions()) {
            if (version.state() == VersionState.FAILED || version.state() == VersionState.STALE_PENDING) {
                out.println("  blocked by version " + version.version() + ": "
                        + version.lastRow().flatMap(AppliedMigration::error).orElse("it never finished.")
                        + " Resolve it with 'dbgitops resolve --version " + version.version()
                        + " --as rolled-back|applied'.");
            } else if (version.state() == VersionState.MODIFIED) {
                out.println("  changed since applied: " + version.script() + " (applied checksum "
                        + version.appliedChecksum().orElse("?") + ", file checksum " + version.fileChecksum() + ")");
            }
        }
        for (AppliedMigration row : status.appliedNotInFiles()) {
            out.println("  applied without a file: version " + row.version() + " (" + row.script() + ", "
                    + row.status() + ")");
        }
    }
}
