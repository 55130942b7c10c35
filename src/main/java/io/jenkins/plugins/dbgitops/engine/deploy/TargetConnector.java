package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.config.CredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.migrate.MigrationOptions;
import io.jenkins.plugins.dbgitops.engine.migrate.Migrator;

/**
 * Turns configured targets into what the migrations engine works with: a {@link DatabaseTarget} with resolved
 * credentials, and a {@link Migrator} with the target's history table and schema.
 */
public final class TargetConnector {
    private final CredentialsResolver credentials;

    public TargetConnector(CredentialsResolver credentials) {
        this.credentials = credentials;
    }

    /** Resolves the target's credentials; a target without a reference connects with what its URL holds. */
    public DatabaseTarget databaseTarget(DeploymentTarget target) {
        return target.databaseTarget(credentials);
    }

    /** {@code base} with the target's history table and schema. */
    public static MigrationOptions optionsFor(DeploymentTarget target, MigrationOptions base) {
        return base.withHistoryTable(target.historyTable()).withSchema(target.schema().orElse(null));
    }

    public static Migrator migratorFor(DeploymentTarget target, MigrationOptions base) {
        return new Migrator(optionsFor(target, base));
    }
}
