package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code plan}, {@code migrate} and {@code status} share: the migration files, the target databases, the
 * history options and the output format; and the read-only walk over the targets that {@code plan} and
 * {@code status} make.
 */
abstract class TargetsCommand implements Callable<Integer> {
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

    /** A read-only question to one target, such as {@link Migrator#plan} or {@link Migrator#status}. */
    interface TargetQuery<T> {
        T ask(Migrator migrator, DatabaseTarget target, List<MigrationFile> migrations);
    }

    /** Scans the files, then asks each target in turn. */
    final <T> List<T> askEachTarget(TargetQuery<T> query) {
        MigrationSet migrations = directory.scan(spec.commandLine().getErr());
        Migrator migrator = new Migrator(history.toOptions());
        List<T> answers = new ArrayList<>();
        for (DatabaseTarget target : connection.targets()) {
            answers.add(query.ask(migrator, target, migrations.migrations()));
        }
        return answers;
    }

    /** Prints the answers as one JSON document {@code {"targets": [...]}}, or each as text. */
    final <T> void printEach(PrintWriter out, List<T> answers, BiConsumer<PrintWriter, T> text) {
        if (format.json()) {
            out.println(Json.write(Map.of("targets", answers)));
        } else {
            answers.forEach(answer -> text.accept(out, answer));
        }
        out.flush();
    }
}
