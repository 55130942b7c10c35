package io.jenkins.plugins.dbgitops.engine.config;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves credentials from environment variables, for the command line.
 * {@code env:USER_VAR:PASSWORD_VAR} reads the two variables; a Jenkins credentials id such as {@code db-test} reads
 * {@code DB_TEST_USR} and {@code DB_TEST_PSW}, the variables that Jenkins' {@code environment { DB_TEST =
 * credentials('db-test') }} defines, so that a pipeline can run the command line with the same configuration.
 */
public final class EnvironmentCredentialsResolver implements CredentialsResolver {
    private final Map<String, String> environment;

    public EnvironmentCredentialsResolver(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public DatabaseCredentials resolve(CredentialsReference reference) {
        String userVariable = reference.userVariable().orElseGet(() -> variablePrefix(reference) + "_USR");
        String passwordVariable = reference.passwordVariable().orElseGet(() -> variablePrefix(reference) + "_PSW");
        String user = environment.get(userVariable);
        String password = environment.get(passwordVariable);
        if (user == null || password == null) {
            String missing = user == null ? userVariable : passwordVariable;
            throw new UserInputException("The credentials '" + reference.credentialsId() + "' need the environment"
                    + " variable " + missing + ", which is not set: set " + userVariable + " and " + passwordVariable
                    + (reference.isEnvironment() ? "." : " (in Jenkins: environment { " + variablePrefix(reference)
                    + " = credentials('" + reference.credentialsId() + "') })."));
        }
        return new DatabaseCredentials(user, password);
    }

    /** {@code db-test} becomes {@code DB_TEST}. */
    static String variablePrefix(CredentialsReference reference) {
        return reference.credentialsId().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    }
}
