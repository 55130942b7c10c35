package io.jenkins.plugins.dbgitops.engine.review.schema;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsReference;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The databases a project's review uses, as {@code dbgitops.yaml} names them: {@code review.schema} (a snapshot),
 * {@code review.schemaFrom} (an environment: its first target, read only, with that target's credentials and history
 * table) and {@code review.dryRun} (a scratch server for the throwaway database). One place for the command line and
 * the Jenkins steps, so both read the same database for the same configuration.
 */
public final class ReviewDatabases {
    private ReviewDatabases() {
    }

    /**
     * The review's databases, reading the live schema now when there is one.
     *
     * @param schemaFrom  an environment that replaces {@code review.schemaFrom}, or empty
     * @param dryRun      whether to dry-run the files on {@code review.dryRun}'s server
     * @param credentials resolves the targets' credentials references
     * @throws UserInputException for an unknown environment, a dry run without a server, or a database that cannot be
     *                            read
     */
    public static DatabaseReview resolve(ProjectConfig project, Optional<String> schemaFrom, boolean dryRun,
            CredentialsResolver credentials, SqlEngine engine) {
        DatabaseReview database = DatabaseReview.none();
        Optional<DeploymentTarget> live = liveTarget(project, schemaFrom);
        if (live.isPresent()) {
            DatabaseTarget target = live.get().databaseTarget(credentials);
            database = database.withLive(target)
                    .withSchema(new LiveSchemaReader(live.get().historyTable()).read(target));
        } else if (project.reviewSchema().isPresent()) {
            database = database.withSchema(SchemaSnapshot.read(project.reviewSchema().get(), engine));
        }
        return dryRun ? database.withDryRunServer(dryRunServer(project, credentials)) : database;
    }

    /**
     * {@code review.dryRun}'s server with its credentials resolved.
     *
     * @throws UserInputException when the project names none
     */
    public static DatabaseTarget dryRunServer(ProjectConfig project, CredentialsResolver credentials) {
        return dryRunServer(project).databaseTarget(credentials);
    }

    /** The credentials references {@link #resolve} will ask for, so a front end can look them up beforehand. */
    public static List<CredentialsReference> credentials(ProjectConfig project, Optional<String> schemaFrom,
            boolean dryRun) {
        List<DeploymentTarget> targets = new ArrayList<>();
        liveTarget(project, schemaFrom).ifPresent(targets::add);
        if (dryRun) {
            targets.add(dryRunServer(project));
        }
        return targets.stream().flatMap(target -> target.credentials().stream()).map(CredentialsReference::parse)
                .toList();
    }

    private static Optional<DeploymentTarget> liveTarget(ProjectConfig project, Optional<String> schemaFrom) {
        Optional<String> name = schemaFrom.filter(value -> !value.isBlank()).or(project::reviewSchemaFrom);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        EnvironmentConfig environment = project.environment(name.get());
        if (environment.targets().isEmpty()) {
            throw new UserInputException("The environment '" + name.get() + "' in " + project.file() + " has no"
                    + " target to read the schema from: add one, or name another environment.");
        }
        return Optional.of(environment.targets().get(0));
    }

    private static DeploymentTarget dryRunServer(ProjectConfig project) {
        return project.reviewDryRunServer().orElseThrow(() -> new UserInputException("A dry run needs a server to"
                + " create its throwaway database on, and " + project.file() + " names none: add review.dryRun"
                + " with the url (and credentials) of a scratch PostgreSQL or MariaDB/MySQL server where the user may"
                + " create databases; never a production server."));
    }
}
