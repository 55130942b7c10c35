package io.jenkins.plugins.dbgitops.engine.config;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contents of {@code dbgitops.yaml}: where the migrations are, which engine they are for, how they are reviewed
 * and released, and the environments they are rolled out to, in promotion order.
 *
 * @param file                where the configuration was read from
 * @param migrationsDirectory the migrations directory, resolved against the file's directory
 * @param engine              the SQL dialect of the migrations
 * @param reviewPolicy        the review policy: a template name or a policy file, empty for the default
 * @param releaseIdTemplate   the template of release ids, see {@code ReleaseIdTemplate}
 * @param environments        in promotion order
 * @param promotion           where the promotion check learns what succeeded in a required environment
 * @param reviewSchema        {@code review.schema}: a schema snapshot the review starts from, resolved against the
 *                            file's directory
 * @param reviewSchemaFrom    {@code review.schemaFrom}: the environment whose first target the review reads its
 *                            starting schema from
 * @param reviewDryRunServer  {@code review.dryRun}: the server (URL and credentials reference) on which a dry run
 *                            creates, loads and drops its throwaway database
 */
public record ProjectConfig(Path file, Path migrationsDirectory, SqlEngine engine, Optional<String> reviewPolicy,
        String releaseIdTemplate, List<EnvironmentConfig> environments, PromotionSource promotion,
        Optional<Path> reviewSchema, Optional<String> reviewSchemaFrom, Optional<DeploymentTarget> reviewDryRunServer) {

    public static final String DEFAULT_FILE_NAME = "dbgitops.yaml";
    public static final String DEFAULT_HISTORY_TABLE = "dbgitops_history";
    public static final String DEFAULT_RELEASE_ID_TEMPLATE = "{yyyyMMdd-HHmm}-{shortCommit}";
    public static final int DEFAULT_PARALLEL = 4;
    /** The environment and name of the dry-run server, in messages. */
    public static final String DRY_RUN_SERVER = "review.dryRun";

    public ProjectConfig {
        environments = List.copyOf(environments);
    }

    public Optional<EnvironmentConfig> findEnvironment(String name) {
        return environments.stream().filter(environment -> environment.name().equals(name)).findFirst();
    }

    /**
     * The environment called {@code name}.
     *
     * @throws UserInputException listing the configured environments when there is none by that name
     */
    public EnvironmentConfig environment(String name) {
        return findEnvironment(name).orElseThrow(() -> new UserInputException("There is no environment '" + name
                + "' in " + file + ": use one of " + environmentNames() + "."));
    }

    /** The environments' names in promotion order, comma separated, for messages. */
    public String environmentNames() {
        return environments.isEmpty() ? "(none configured)"
                : environments.stream().map(EnvironmentConfig::name).collect(Collectors.joining(", "));
    }
}
