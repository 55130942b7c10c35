package io.jenkins.plugins.dbgitops.engine.config;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a review checks and how: the migrations directory, the engine and the policy. One source of truth for every
 * front end (the {@code sqlReview} step, the builders, the wrapper, {@code dbgitops review} and the release gate):
 * {@code dbgitops.yaml} when the project has one, else the defaults; a value the caller gives explicitly wins, and
 * a note says so, so a pull request is never reviewed with other rules than the release without anyone knowing.
 *
 * @param migrationsDirectory the directory to review
 * @param engine              the SQL dialect
 * @param policy              a policy file (resolved) or a template name
 * @param notes               one line per explicit value that overrides the configuration
 */
public record ReviewSettings(Path migrationsDirectory, SqlEngine engine, String policy, List<String> notes) {
    public static final String DEFAULT_POLICY = "prod";
    public static final String DEFAULT_DIRECTORY = "migrations";
    public static final SqlEngine DEFAULT_ENGINE = SqlEngine.POSTGRESQL;

    public ReviewSettings {
        notes = List.copyOf(notes);
    }

    /** The project's own settings, as the release gate reviews with them. */
    public static ReviewSettings of(ProjectConfig config) {
        return resolve(directoryOf(config), Optional.of(config), null, null, null);
    }

    /**
     * Resolves the settings.
     *
     * @param base     the project root: explicit paths and policy files are relative to it
     * @param config   the project configuration, when there is one
     * @param path     the explicit migrations directory, or null/blank
     * @param dialect  the explicit engine name, or null/blank
     * @param policy   the explicit policy template or file, or null/blank
     * @throws IllegalArgumentException for an unknown engine name
     */
    public static ReviewSettings resolve(Path base, Optional<ProjectConfig> config, String path, String dialect,
            String policy) {
        List<String> notes = new ArrayList<>();
        String name = config.map(c -> c.file().getFileName().toString()).orElse(ProjectConfig.DEFAULT_FILE_NAME);

        Path directory;
        if (given(path)) {
            directory = base.resolve(path.trim()).normalize();
            config.filter(c -> !c.migrationsDirectory().equals(directory)).ifPresent(c -> notes.add("path '"
                    + path.trim() + "' given here overrides migrations: " + relative(directoryOf(c),
                    c.migrationsDirectory()) + " in " + name + "."));
        } else {
            directory = config.map(ProjectConfig::migrationsDirectory)
                    .orElseGet(() -> base.resolve(DEFAULT_DIRECTORY).normalize());
        }

        SqlEngine engine;
        if (given(dialect)) {
            engine = SqlEngine.fromName(dialect.trim());
            config.filter(c -> c.engine() != engine).ifPresent(c -> notes.add("dialect '" + engine.id()
                    + "' given here overrides engine: " + c.engine().id() + " in " + name + "."));
        } else {
            engine = config.map(ProjectConfig::engine).orElse(DEFAULT_ENGINE);
        }

        String resolvedPolicy;
        if (given(policy)) {
            resolvedPolicy = policyPath(base, policy.trim());
            config.ifPresent(c -> {
                String configured = c.reviewPolicy().orElse(DEFAULT_POLICY);
                if (!configured.equals(policy.trim())) {
                    notes.add("policy '" + policy.trim() + "' given here overrides review.policy: " + configured
                            + " in " + name + ".");
                }
            });
        } else {
            resolvedPolicy = config.map(c -> policyPath(directoryOf(c), c.reviewPolicy().orElse(DEFAULT_POLICY)))
                    .orElse(DEFAULT_POLICY);
        }
        return new ReviewSettings(directory, engine, resolvedPolicy, notes);
    }

    /**
     * A policy file relative to {@code base}, or a template name passed on as it is: the one place that turns a
     * policy value into what the review reads.
     */
    public static String policyPath(Path base, String policy) {
        Path file = base == null ? Path.of(policy) : base.resolve(policy).normalize();
        return Files.isRegularFile(file) ? file.toString() : policy;
    }

    private static Path directoryOf(ProjectConfig config) {
        Path parent = config.file().toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    private static String relative(Path base, Path path) {
        return path.startsWith(base) ? base.relativize(path).toString().replace('\\', '/') : path.toString();
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
