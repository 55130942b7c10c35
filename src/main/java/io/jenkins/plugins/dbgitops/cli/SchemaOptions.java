package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.review.schema.DatabaseReview;
import io.jenkins.plugins.dbgitops.engine.review.schema.LiveSchemaReader;
import io.jenkins.plugins.dbgitops.engine.review.schema.ReviewDatabases;
import io.jenkins.plugins.dbgitops.engine.review.schema.SchemaSnapshot;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where {@code review} starts its walk and which databases it may use: a live schema ({@code --schema-from}, read
 * only), a snapshot file ({@code --schema}), and a server for the dry run ({@code --dry-run-url}). Passwords come
 * from an environment variable or a file, as for every command that connects.
 */
final class SchemaOptions {

    @Option(names = "--schema-from", paramLabel = "JDBC_URL",
            description = "Start the walk from this live database's schema (read only); its history table tells which"
                    + " migrations it already holds. Enables the database-backed rules.")
    String schemaFrom;

    @Option(names = "--user", paramLabel = "USER", description = "User for --schema-from.")
    String user;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ConnectionOptions.PasswordSource password;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "Start the walk from a schema snapshot written by 'dbgitops schema dump'.")
    Path schema;

    @Option(names = "--dry-run", description = "Apply the files to a throwaway database on the --dry-run-url server"
            + " (default: review.dryRun of the configuration) as a rollout would; failures are builtin.dry-run"
            + " findings.")
    boolean dryRun;

    @Option(names = "--dry-run-url", paramLabel = "JDBC_URL",
            description = "Server for the dry run: a throwaway database is created there and dropped afterwards"
                    + " (implies --dry-run). Never a production server.")
    String dryRunUrl;

    @Option(names = "--dry-run-user", paramLabel = "USER", description = "User for --dry-run-url (may create"
            + " databases).")
    String dryRunUser;

    @Option(names = "--dry-run-password-env", paramLabel = "VAR",
            description = "Environment variable holding the --dry-run-url password.")
    String dryRunPasswordEnv;

    /**
     * The databases of the review, reading the live schema now when one is named. Without --schema and
     * --schema-from, the project's review.schema or review.schemaFrom applies; --dry-run without --dry-run-url uses
     * the project's review.dryRun server.
     */
    DatabaseReview resolve(SqlEngine engine, Optional<ProjectConfig> project) {
        if (schemaFrom != null && schema != null) {
            throw new UserInputException("Give either --schema-from (a live database) or --schema (a snapshot"
                    + " file), not both.");
        }
        boolean dryRunFromProject = dryRun && dryRunUrl == null;
        if (dryRunFromProject && project.map(p -> p.reviewDryRunServer().isEmpty()).orElse(true)) {
            throw new UserInputException("--dry-run needs a server to create its throwaway database on: give"
                    + " --dry-run-url (a PostgreSQL or MariaDB/MySQL server where the user may create databases;"
                    + " never the live one), or review.dryRun in " + ProjectConfig.DEFAULT_FILE_NAME + ".");
        }
        DatabaseReview database = DatabaseReview.none();
        if (schemaFrom != null) {
            DatabaseTarget live = DatabaseTarget.of(schemaFrom, user, password == null ? null : password.read());
            database = database.withLive(live).withSchema(
                    new LiveSchemaReader(MigrationOptions.DEFAULT_HISTORY_TABLE).read(live));
        } else if (schema != null) {
            database = database.withSchema(SchemaSnapshot.read(schema, engine));
        } else if (project.isPresent()) {
            database = ReviewDatabases.resolve(project.get(), Optional.empty(), false,
                    new EnvironmentCredentialsResolver(System.getenv()), engine);
        }
        if (dryRunUrl != null) {
            database = database.withDryRunServer(DatabaseTarget.of(dryRunUrl, dryRunUser, dryRunPassword()));
        } else if (dryRunFromProject) {
            database = database.withDryRunServer(ReviewDatabases.dryRunServer(project.get(),
                    new EnvironmentCredentialsResolver(System.getenv())));
        }
        return database;
    }

    private String dryRunPassword() {
        if (dryRunPasswordEnv == null) {
            return null;
        }
        String value = ConnectionOptions.environment.apply(dryRunPasswordEnv);
        if (value == null) {
            throw new UserInputException("Environment variable " + dryRunPasswordEnv + " (--dry-run-password-env)"
                    + " is not set: export it.");
        }
        return value;
    }
}
