package io.jenkins.plugins.dbgitops.jenkins;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.review.ReviewEngine;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jenkins.MasterToSlaveFileCallable;

/** Runs the SQL review in the workspace on the agent, where the migration files are. */
final class ReviewCallable extends MasterToSlaveFileCallable<ReviewSummary> {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String dialect;

    ReviewCallable(String path, String dialect) {
        this.path = path;
        this.dialect = dialect;
    }

    @Override
    public ReviewSummary invoke(File workspace, VirtualChannel channel) throws IOException {
        Path directory = workspace.toPath().resolve(path).normalize();
        if (!directory.startsWith(workspace.toPath().normalize())) {
            throw new IOException("The review path '" + path + "' points outside the workspace; use a relative path.");
        }
        if (!Files.isDirectory(directory)) {
            throw new IOException("No migrations directory '" + path + "' in the workspace; set 'path' to the folder"
                    + " that holds the .sql files.");
        }
        try {
            MigrationSet migrations = MigrationScanner.scan(directory);
            List<ReviewFile> files = migrations.migrations().stream().map(ReviewCallable::reviewFile).toList();
            RuleRegistry registry = RuleRegistry.load();
            List<RuleConfig> configs = registry.definitions().stream().map(RuleConfig::defaults).toList();
            ReviewResult result = ReviewEngine.create(engine(), configs, registry, SqlParser.withDefaults())
                    .review(List.of(), files, true);
            return new ReviewSummary(result.files(), result.statements(),
                    result.findings().stream().map(ReviewFindingRow::of).toList());
        } catch (UserInputException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static ReviewFile reviewFile(MigrationFile migration) {
        return ReviewFile.of(migration);
    }

    private SqlEngine engine() {
        return SqlEngine.valueOf(dialect.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
