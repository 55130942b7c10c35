package io.jenkins.plugins.dbgitops.engine.config;

/**
 * Turns a credentials reference from {@code dbgitops.yaml} into a user and password. The command line reads
 * environment variables ({@link EnvironmentCredentialsResolver}); the Jenkins glue looks ids up with the
 * Credentials plugin.
 */
@FunctionalInterface
public interface CredentialsResolver {

    /**
     * Resolves one reference.
     *
     * @throws io.jenkins.plugins.dbgitops.engine.UserInputException naming the reference (never a secret) when it
     *                                                               cannot be resolved
     */
    DatabaseCredentials resolve(CredentialsReference reference);
}
