package io.jenkins.plugins.dbgitops.jenkins;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.CredentialsResolver;
import io.jenkins.plugins.dbgitops.engine.config.DatabaseCredentials;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentCredentialsResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Database logins for the agent: Jenkins credentials are looked up on the controller (the agent cannot), carried with
 * the passwords as {@code Secret}s, and resolved there together with {@code env:} references. Shared by the rollout
 * and the review with a database.
 */
final class DatabaseLogins {
    private DatabaseLogins() {
    }

    /** Looks up each username/password credential visible to the build. */
    static Map<String, DatabaseLogin> lookUp(Collection<String> ids, Run<?, ?> run) throws AbortException {
        Map<String, DatabaseLogin> logins = new LinkedHashMap<>();
        for (String id : ids) {
            StandardUsernamePasswordCredentials credentials = CredentialsProvider.findCredentialById(id,
                    StandardUsernamePasswordCredentials.class, run, List.of());
            if (credentials == null) {
                throw new AbortException("No username/password credentials with id '" + id + "' are visible to"
                        + " this job; add them under Manage Jenkins > Credentials (or in the folder) or fix"
                        + " dbgitops.yaml.");
            }
            logins.put(id, new DatabaseLogin(credentials.getUsername(), credentials.getPassword()));
        }
        return logins;
    }

    /** Resolves references on the agent: Jenkins ids from {@code logins}, {@code env:} ones from the build's variables. */
    static CredentialsResolver resolver(Map<String, DatabaseLogin> logins, EnvironmentCredentialsResolver variables) {
        return reference -> {
            if (reference.isEnvironment()) {
                return variables.resolve(reference);
            }
            DatabaseLogin login = logins.get(reference.credentialsId());
            if (login == null) {
                throw new UserInputException("The credentials '" + reference.credentialsId() + "' were not looked"
                        + " up for this build.");
            }
            return new DatabaseCredentials(login.user(), login.password().getPlainText());
        };
    }

    /** The logins' passwords, for masking. */
    static List<String> passwords(Map<String, DatabaseLogin> logins) {
        List<String> passwords = new ArrayList<>();
        logins.values().forEach(login -> passwords.add(login.password().getPlainText()));
        return passwords;
    }
}
