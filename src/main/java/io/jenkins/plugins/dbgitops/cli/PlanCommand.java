package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.PlannedMigration;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dbgitops plan}: what {@code migrate} would run where; changes nothing and creates no table. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show which migrations would run on each target. Read-only: creates no table.")
public final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    MigrationsDirectoryOption directory;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    HistoryOptions history;
    @Mixin
    OutputFormatOption format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MigrationSet migrations = directory.scan(spec.commandLine().getErr());
        Migrator migrator = new Migrator(history.toOptions());
        List<TargetPlan> plans = new ArrayList<>();
        for (DatabaseTarget target : connection.targets()) {
            plans.add(migrator.plan(target, migrations.migrations()));
        }
        if (format.json()) {
            out.println(Json.write(Map.of("targets", plans)));
        } else {
            plans.forEach(plan -> print(out, plan));
        }
        out.flush();
        return plans.stream().anyMatch(TargetPlan::blocked) ? ExitCodes.FAILURE : ExitCodes.SUCCESS;
    }

    private static void print(PrintWriter out, TargetPlan plan) {
        out.println("Target " + plan.targetName() + " (" + plan.redactedUrl() + "): " + plan.toApply().size()
                + " to apply, " + plan.alreadyApplied() + " already applied"
                + (plan.historyExists() ? "" : "; the history table will be created"));
        if (!plan.toApply().isEmpty()) {
            TextTable table = new TextTable("VERSION", "SCRIPT", "TYPE", "TRANSACTION", "NOTE");
            for (PlannedMigration file : plan.toApply()) {
                table.row(file.version(), file.script(), file.type(), file.transactional() ? "yes" : "no",
                        file.outOfOrder() ? "out of order" : "");
            }
            table.print(out, "  ");
        }
        plan.warnings().forEach(warning -> out.println("  warning: " + warning));
        plan.problems().forEach(problem -> out.println("  blocked: " + problem));
    }
}
