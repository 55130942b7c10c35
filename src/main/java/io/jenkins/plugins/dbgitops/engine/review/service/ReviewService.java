package io.jenkins.plugins.dbgitops.engine.review.service;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.ReviewEngine;
import io.jenkins.plugins.dbgitops.engine.review.ReviewFile;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleConfig;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFileName;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.review.dryrun.DryRunReview;
import io.jenkins.plugins.dbgitops.engine.review.policy.ReviewPolicy;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.review.report.SourceLookup;
import io.jenkins.plugins.dbgitops.engine.review.rules.live.DryRunRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.live.LiveDatabase;
import io.jenkins.plugins.dbgitops.engine.review.rules.live.LiveRules;
import io.jenkins.plugins.dbgitops.engine.review.schema.SchemaSnapshot;
import io.jenkins.plugins.dbgitops.engine.review.schema.StartingSchema;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one entry point of a review for every front end (CLI, Jenkins steps): resolves the policy, reads the
 * migrations, picks the changed files, runs the {@link ReviewEngine} and returns a {@link ReviewReport}.
 *
 * <p>A directory is reviewed as a migrations directory: the catalog walks all its migrations in version order, and
 * all of them (or, with {@code changedSince}, the changed ones) are reviewed. Without {@code changedSince} each file
 * is judged as its own change on top of the earlier ones (a table created by V3 already exists for V6); with it, the
 * changed files together are one change, as on a pull request (a table created by one of them is new for all). A single versioned file is reviewed
 * after the earlier migrations of its directory; any other file is reviewed on its own, with an incomplete catalog.
 */
public final class ReviewService {
    private final RuleRegistry registry;
    private final SqlParser parser;

    public ReviewService(RuleRegistry registry, SqlParser parser) {
        this.registry = registry;
        this.parser = parser;
    }

    /** A service with every registered rule and the default parser. */
    public static ReviewService withDefaults() {
        return new ReviewService(RuleRegistry.load(), SqlParser.withDefaults());
    }

    public RuleRegistry registry() {
        return registry;
    }

    /**
     * Reviews the request's paths.
     *
     * @throws UserInputException for a missing path, a bad policy, unreadable files or an unknown git ref
     */
    public ReviewReport review(ReviewRequest request) {
        if (request.paths().isEmpty()) {
            throw new UserInputException("Nothing to review: give one or more migration directories or SQL files.");
        }
        ReviewPolicy policy = ReviewPolicy.resolve(request.policy(), registry, request.engine());
        Optional<Set<Path>> changed = request.changedSince()
                .map(ref -> ChangedFiles.since(request.paths().get(0), ref));
        List<ReviewResult> results = new ArrayList<>();
        Map<String, Path> locations = new HashMap<>();
        List<String> skipped;
        try (LiveDatabase live = LiveDatabase.of(request.database().live())) {
            reviewPaths(request, policy, changed, live.available() ? LiveRules.bind(registry, live) : registry,
                    results, locations);
            skipped = live.available() ? List.of() : LiveRules.needingDatabase(registry, policy.enabledRules());
        }
        return new ReviewReport(merge(results), policy.enabledRules(), request.engine(), policy.name(),
                request.failOn(), request.linkBase(), SourceLookup.of(locations), skipped);
    }

    private void reviewPaths(ReviewRequest request, ReviewPolicy policy, Optional<Set<Path>> changed,
            RuleRegistry rules, List<ReviewResult> results, Map<String, Path> locations) {
        for (Path path : request.paths()) {
            if (!Files.exists(path)) {
                throw new UserInputException("Cannot review " + path + ": no such file or directory. Check the path.");
            }
            Group group = Files.isDirectory(path) ? directory(path, request) : file(path, request);
            Predicate<ReviewFile> underReview = changed.<Predicate<ReviewFile>>map(paths -> file -> group.reviewed()
                    .test(file) && paths.contains(group.locations().get(file.script())))
                    .orElse(group.reviewed());
            ReviewEngine engine = ReviewEngine.create(request.engine(), policy.configs(), rules, parser);
            List<ReviewFile> walked = group.files();
            Predicate<ReviewFile> judged = underReview;
            Optional<SchemaSnapshot> start = request.database().schema();
            if (start.isPresent()) {
                // an existing database: the walk starts from its schema, and skips the files it already holds
                walked = StartingSchema.walk(start.get(), walked, file -> group.locations().get(file.script()));
                judged = underReview.and(file -> !StartingSchema.isSnapshot(file));
            }
            // without --changed-since each file of a directory is judged as the change that introduced it
            ReviewResult result = engine.review(walked, judged, group.complete() || start.isPresent(),
                    changed.isEmpty());
            results.add(DryRunReview.review(request.database(), result, group.locations(), result.scripts(),
                    policy.config(DryRunRule.ID)
                            .orElseGet(() -> RuleConfig.defaults(RuleDefinitions.of(DryRunRule.class)))));
            locations.putAll(group.locations());
        }
    }

    private Group directory(Path directory, ReviewRequest request) {
        MigrationSet set = MigrationScanner.scan(directory);
        Group group = new Group(new ArrayList<>(), file -> true, true, new HashMap<>());
        for (MigrationFile migration : set.migrations()) {
            group.add(displayed(ReviewFile.of(migration), migration.path(), request), migration.path());
        }
        for (String unversioned : set.unversioned()) {
            Path path = directory.resolve(unversioned);
            group.add(displayed(ReviewFile.ddl(unversioned, read(path)), path, request), path);
        }
        return group;
    }

    private Group file(Path file, ReviewRequest request) {
        Optional<MigrationFileName> name = MigrationFileName.parse(file.getFileName().toString());
        Path parent = file.toAbsolutePath().getParent();
        if (name.isEmpty() || parent == null) {
            Group alone = new Group(new ArrayList<>(), candidate -> true, false, new HashMap<>());
            alone.add(displayed(ReviewFile.ddl(file.getFileName().toString(), read(file)), file, request), file);
            return alone;
        }
        Path target = file.toAbsolutePath().normalize();
        Map<String, Path> locations = new HashMap<>();
        Group group = new Group(new ArrayList<>(), candidate -> target.equals(locations.get(candidate.script())), true,
                locations);
        for (MigrationFile migration : MigrationScanner.scan(parent).migrations()) {
            group.add(displayed(ReviewFile.of(migration), migration.path(), request), migration.path());
        }
        return group;
    }

    private static ReviewFile displayed(ReviewFile file, Path path, ReviewRequest request) {
        Path absolute = path.toAbsolutePath().normalize();
        String shown = absolute.startsWith(request.baseDirectory())
                ? request.baseDirectory().relativize(absolute).toString() : path.toString();
        return new ReviewFile(shown.replace('\\', '/'), file.content(), file.changeType(), file.noTransaction());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new UserInputException("Cannot read " + file + " as UTF-8 text: " + e.getMessage()
                    + ". Check the file and save it as UTF-8.", e);
        }
    }

    private static ReviewResult merge(List<ReviewResult> results) {
        if (results.size() == 1) {
            return results.get(0);
        }
        List<Finding> findings = new ArrayList<>();
        List<ReviewResult.UnparsedStatement> unparsed = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        int files = 0;
        int statements = 0;
        int suppressed = 0;
        for (ReviewResult result : results) {
            findings.addAll(result.findings());
            unparsed.addAll(result.unparsed());
            scripts.addAll(result.scripts());
            files += result.files();
            statements += result.statements();
            suppressed += result.suppressed();
        }
        return new ReviewResult(findings, files, statements, unparsed, suppressed, scripts);
    }

    /** The files of one path in walk order, which of them are reviewed, and where each was read from. */
    private record Group(List<ReviewFile> files, Predicate<ReviewFile> reviewed, boolean complete,
            Map<String, Path> locations) {
        void add(ReviewFile file, Path path) {
            files.add(file);
            locations.put(file.script(), path.toAbsolutePath().normalize());
        }
    }
}
