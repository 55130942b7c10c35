package io.jenkins.plugins.dbgitops.engine.review.service;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.schema.DatabaseReview;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to review and how, as the CLI and the Jenkins steps pass it to {@link ReviewService}.
 *
 * @param paths         migration directories or single files
 * @param engine        the SQL dialect
 * @param policy        a policy file or a template name ({@code prod}, {@code dev})
 * @param changedSince  a git ref: review only files changed since it (the catalog still walks every earlier file)
 * @param failOn        findings at or above this level fail the review; {@link Level#OFF} never fails
 * @param baseDirectory file names in the report are relative to it (the workspace or repository root)
 * @param linkBase      prefix for line links in Markdown, e.g. {@code https://github.com/o/r/blob/<sha>/}; may be empty
 * @param database      where the walk starts and which databases the review may use; {@link DatabaseReview#none()}
 *                      for the offline review
 */
public record ReviewRequest(List<Path> paths, SqlEngine engine, String policy, Optional<String> changedSince,
        Level failOn, Path baseDirectory, String linkBase, DatabaseReview database) {

    public ReviewRequest {
        paths = List.copyOf(paths);
        Objects.requireNonNull(engine, "engine");
        policy = policy == null || policy.isBlank() ? "prod" : policy;
        changedSince = changedSince == null ? Optional.empty() : changedSince.filter(ref -> !ref.isBlank());
        failOn = failOn == null ? Level.ERROR : failOn;
        baseDirectory = (baseDirectory == null ? Path.of("") : baseDirectory).toAbsolutePath().normalize();
        linkBase = linkBase == null ? "" : linkBase;
        database = database == null ? DatabaseReview.none() : database;
    }

    /** An offline review, with the migrations alone. */
    public ReviewRequest(List<Path> paths, SqlEngine engine, String policy, Optional<String> changedSince,
            Level failOn, Path baseDirectory, String linkBase) {
        this(paths, engine, policy, changedSince, failOn, baseDirectory, linkBase, DatabaseReview.none());
    }

    /** The paths for the engine with the {@code prod} policy, failing on errors, relative to the working directory. */
    public static ReviewRequest of(SqlEngine engine, Path... paths) {
        return new ReviewRequest(List.of(paths), engine, "prod", Optional.empty(), Level.ERROR, null, "");
    }

    public ReviewRequest withPolicy(String value) {
        return new ReviewRequest(paths, engine, value, changedSince, failOn, baseDirectory, linkBase, database);
    }

    public ReviewRequest withChangedSince(String ref) {
        return new ReviewRequest(paths, engine, policy, Optional.ofNullable(ref), failOn, baseDirectory, linkBase,
                database);
    }

    public ReviewRequest withFailOn(Level value) {
        return new ReviewRequest(paths, engine, policy, changedSince, value, baseDirectory, linkBase, database);
    }

    public ReviewRequest withBaseDirectory(Path value) {
        return new ReviewRequest(paths, engine, policy, changedSince, failOn, value, linkBase, database);
    }

    public ReviewRequest withDatabase(DatabaseReview value) {
        return new ReviewRequest(paths, engine, policy, changedSince, failOn, baseDirectory, linkBase, value);
    }
}
