package io.jenkins.plugins.dbgitops.engine.config;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a target's {@code credentials} names: a Jenkins credentials id (username with password), or
 * {@code env:USER_VAR:PASSWORD_VAR}, two environment variables holding user and password.
 * The configuration holds only these references, never secrets.
 */
public record CredentialsReference(String credentialsId, Optional<String> userVariable,
        Optional<String> passwordVariable) {
    private static final String ENV_PREFIX = "env:";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:@-]*");

    /**
     * Parses a reference.
     *
     * @throws IllegalArgumentException naming the reference and the accepted forms
     */
    public static CredentialsReference parse(String reference) {
        String value = reference == null ? "" : reference.strip();
        if (value.startsWith(ENV_PREFIX)) {
            String[] parts = value.substring(ENV_PREFIX.length()).split(":", -1);
            if (parts.length != 2 || !VARIABLE.matcher(parts[0]).matches()
                    || !VARIABLE.matcher(parts[1]).matches()) {
                throw new IllegalArgumentException("the credentials '" + value + "' must have the form"
                        + " env:USER_VARIABLE:PASSWORD_VARIABLE, naming two environment variables.");
            }
            return new CredentialsReference(value, Optional.of(parts[0]), Optional.of(parts[1]));
        }
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("the credentials '" + value + "' are neither a Jenkins credentials"
                    + " id (letters, digits, '-', '_', '.') nor env:USER_VARIABLE:PASSWORD_VARIABLE.");
        }
        return new CredentialsReference(value, Optional.empty(), Optional.empty());
    }

    /** Whether this names environment variables rather than a Jenkins credentials id. */
    public boolean isEnvironment() {
        return userVariable.isPresent();
    }
}
