package io.jenkins.plugins.dbgitops.engine.review.dryrun;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFileName;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationVersion;
import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.schema.DatabaseReview;
import io.jenkins.plugins.dbgitops.engine.review.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds the dry run's failures to a review's findings as {@code builtin.dry-run} findings: the migrations up to the
 * last reviewed one are applied to a throwaway database (on top of the starting schema, when there is one).
 */
public final class DryRunReview {

    private DryRunReview() {
    }

    /**
     * Runs the dry run when the request names a server; returns {@code result} unchanged otherwise, or when the
     * rule is off.
     *
     * @param walked   every file of the walk (script as shown in the report, and where it was read from), in order
     * @param reviewed the scripts under review
     * @param config   the policy's configuration of {@code builtin.dry-run}
     */
    public static ReviewResult review(DatabaseReview database, ReviewResult result, Map<String, Path> walked,
            List<String> reviewed, RuleConfig config) {
        if (database.dryRunServer().isEmpty() || config.level() == Level.OFF) {
            return result;
        }
        Map<Path, String> scripts = new HashMap<>();
        List<MigrationFile> migrations = new ArrayList<>();
        MigrationVersion last = null;
        for (Map.Entry<String, Path> entry : walked.entrySet()) {
            Path path = entry.getValue();
            Optional<MigrationFileName> name = MigrationFileName.parse(path.getFileName().toString());
            if (name.isEmpty() || database.schema().filter(schema -> schema.holds(name.get().version())).isPresent()) {
                continue;
            }
            scripts.put(path, entry.getKey());
            migrations.add(MigrationScanner.read(path, path.getFileName().toString(), name.get()));
            if (reviewed.contains(entry.getKey()) && (last == null || name.get().version().compareTo(last) > 0)) {
                last = name.get().version();
            }
        }
        if (last == null) {
            return result;
        }
        MigrationVersion upTo = last;
        migrations.removeIf(migration -> migration.version().compareTo(upTo) > 0);
        migrations.sort(Comparator.comparing(MigrationFile::version));
        List<DryRun.Failure> failures = new DryRun(database.dryRunServer().get()).run(database.schema(), migrations);
        List<Finding> findings = new ArrayList<>(result.findings());
        for (DryRun.Failure failure : failures) {
            String script = failure.file().map(scripts::get).orElse(SchemaSnapshot.SCRIPT);
            findings.add(new Finding(script, failure.line(), 1, config.definition().id(), config.level(),
                    failure.message(), config.definition().help()));
        }
        List<String> order = result.scripts();
        findings.sort(Comparator.<Finding>comparingInt(finding -> rank(order, finding.file()))
                .thenComparingInt(Finding::line).thenComparingInt(Finding::column));
        return new ReviewResult(findings, result.files(), result.statements(), result.unparsed(), result.suppressed(),
                result.scripts());
    }

    private static int rank(List<String> order, String script) {
        int index = order.indexOf(script);
        return index < 0 ? -1 : index;
    }
}
