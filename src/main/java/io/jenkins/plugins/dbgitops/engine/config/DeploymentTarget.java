package io.jenkins.plugins.dbgitops.engine.config;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import io.jenkins.plugins.dbgitops.engine.sql.JdbcUrls;
import java.util.Optional;

/**
 * One database of an environment, after database groups are expanded.
 *
 * @param environment  the environment's name
 * @param name         unique within the environment; the database name for a group member
 * @param url          the JDBC URL, with {@code ${VAR}} and {@code {name}} substituted
 * @param credentials  a credentials reference ({@code env:USER_VAR:PASSWORD_VAR} or a Jenkins credentials id), or
 *                     empty when the URL carries what the driver needs
 * @param historyTable the history table's name in this database
 * @param schema       the schema holding the history table, or empty for the connection's default
 */
public record DeploymentTarget(String environment, String name, String url, Optional<String> credentials,
        String historyTable, Optional<String> schema) {

    /** The database to connect to, with the credentials reference resolved; none: what the URL holds. */
    public DatabaseTarget databaseTarget(CredentialsResolver resolver) {
        DatabaseCredentials resolved = credentials.map(reference -> resolver.resolve(CredentialsReference.parse(
                reference))).orElse(DatabaseCredentials.NONE);
        return DatabaseTarget.of(name, url, resolved.user(), resolved.password());
    }

    /** The URL with any embedded secret removed, for messages and records. */
    public String redactedUrl() {
        return JdbcUrls.redact(url);
    }

    @Override
    public String toString() {
        return environment + "/" + name + " (" + redactedUrl() + ")";
    }
}
