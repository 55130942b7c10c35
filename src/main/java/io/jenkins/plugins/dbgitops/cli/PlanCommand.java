package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migrate.PlannedMigration;
import io.jenkins.plugins.dbgitops.engine.migrate.TargetPlan;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code dbgitops plan}: what {@code migrate} would run where; changes nothing and creates no table. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show which migrations would run on each target. Read-only: creates no table.")
public final class PlanCommand extends TargetsCommand {

    @Override
    public Integer call() {
        List<TargetPlan> plans = askEachTarget(Migrator::plan);
        printEach(spec.commandLine().getOut(), plans, PlanCommand::print);
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
