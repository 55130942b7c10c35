package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The groups of a Jenkins user as the security realm reports them. A realm that cannot tell (user unknown there,
 * directory unreachable) gives no groups, so only a user named directly among the approvers can approve.
 *
 * <p>{@code User.getAuthorities()} answers only a thread that holds {@code Jenkins.ADMINISTER} and returns an empty
 * list to any other; builds often run as a non-admin user (Authorize Project), so the look-up runs as the system,
 * as Jenkins itself does for such look-ups. Only the groups are read; nothing else runs with that authority.
 */
final class JenkinsUserGroups implements Function<String, Collection<String>> {
    private static final Logger LOGGER = Logger.getLogger(JenkinsUserGroups.class.getName());

    private final Function<String, Collection<String>> realm;

    JenkinsUserGroups() {
        this(JenkinsUserGroups::authoritiesOf);
    }

    /** @param realm the look-up to run as the system (tests give one that checks under which identity it runs) */
    JenkinsUserGroups(Function<String, Collection<String>> realm) {
        this.realm = realm;
    }

    @Override
    public Collection<String> apply(String userId) {
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            return realm.apply(userId);
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "no groups known for " + userId, e);
            return List.of();
        }
    }

    private static Collection<String> authoritiesOf(String userId) {
        User user = User.getById(userId, false);
        return user == null ? List.of() : user.getAuthorities();
    }
}
