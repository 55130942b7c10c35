package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baseline} and {@code resolve}: one change to the history of one database, reported in one line. */
abstract class SingleTargetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    HistoryOptions history;

    /** Makes the change and returns the line that reports it. */
    abstract String change(Migrator migrator, DatabaseTarget target);

    @Override
    public final Integer call() {
        DatabaseTarget target = connection.singleTarget();
        String done = change(new Migrator(history.toOptions()), target);
        PrintWriter out = spec.commandLine().getOut();
        out.println(done);
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
