package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.User;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The groups of a Jenkins user as the security realm reports them. A realm that cannot tell (user unknown there,
 * directory unreachable) gives no groups, so only a user named directly among the approvers can approve.
 */
final class JenkinsUserGroups implements Function<String, Collection<String>> {
    private static final Logger LOGGER = Logger.getLogger(JenkinsUserGroups.class.getName());

    @Override
    public Collection<String> apply(String userId) {
        try {
            User user = User.getById(userId, false);
            return user == null ? List.of() : user.getAuthorities();
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "no groups known for " + userId, e);
            return List.of();
        }
    }
}
