package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationFileName;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationScanner;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationSet;
import io.jenkins.plugins.dbgitops.engine.review.policy.ReviewPolicy;
import io.jenkins.plugins.dbgitops.engine.review.report.ReviewReport;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one entry point of a review for every front end (CLI, Jenkins steps): resolves the policy, reads the
 * migrations, picks the changed files, runs the {@link ReviewEngine} and returns a {@link ReviewReport}.
 *
 * <p>A directory is reviewed as a migrations directory: the catalog walks all its migrations in version order, and
 * all of them (or, with {@code changedSince}, the changed ones) are reviewed. A single versioned file is reviewed
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
        for (Path path : request.paths()) {
            if (!Files.exists(path)) {
                throw new UserInputException("Cannot review " + path + ": no such file or directory. Check the path.");
            }
            Group group = Files.isDirectory(path) ? directory(path, request) : file(path, request);
            Predicate<ReviewFile> underReview = changed.<Predicate<ReviewFile>>map(paths -> file -> group.reviewed()
                    .test(file) && paths.contains(request.baseDirectory().resolve(file.script()).normalize()))
                    .orElse(group.reviewed());
            ReviewEngine engine = ReviewEngine.create(request.engine(), policy.configs(), registry, parser);
            results.add(engine.review(group.files(), underReview, group.complete()));
        }
        return new ReviewReport(merge(results), policy.enabledRules(), request.engine(), policy.name(),
                request.failOn(), request.linkBase());
    }

    private Group directory(Path directory, ReviewRequest request) {
        MigrationSet set = MigrationScanner.scan(directory);
        List<ReviewFile> files = new ArrayList<>();
        for (MigrationFile migration : set.migrations()) {
            files.add(displayed(ReviewFile.of(migration), migration.path(), request));
        }
        for (String unversioned : set.unversioned()) {
            Path path = directory.resolve(unversioned);
            files.add(displayed(ReviewFile.ddl(unversioned, read(path)), path, request));
        }
        return new Group(files, file -> true, true);
    }

    private Group file(Path file, ReviewRequest request) {
        Optional<MigrationFileName> name = MigrationFileName.parse(file.getFileName().toString());
        Path parent = file.toAbsolutePath().getParent();
        if (name.isEmpty() || parent == null) {
            ReviewFile alone = displayed(ReviewFile.ddl(file.getFileName().toString(), read(file)), file, request);
            return new Group(List.of(alone), candidate -> true, false);
        }
        List<ReviewFile> files = new ArrayList<>();
        ReviewFile target = null;
        for (MigrationFile migration : MigrationScanner.scan(parent).migrations()) {
            ReviewFile reviewFile = displayed(ReviewFile.of(migration), migration.path(), request);
            files.add(reviewFile);
            if (migration.path().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                target = reviewFile;
            }
        }
        ReviewFile reviewed = target;
        return new Group(files, candidate -> candidate == reviewed, true);
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

    private record Group(List<ReviewFile> files, Predicate<ReviewFile> reviewed, boolean complete) {
    }
}
