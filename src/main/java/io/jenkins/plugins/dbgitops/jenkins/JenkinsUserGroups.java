package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.User;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** The groups of a Jenkins user as the security realm reports them; none for an unknown user. */
final class JenkinsUserGroups implements Function<String, Collection<String>> {
    @Override
    public Collection<String> apply(String userId) {
        User user = User.getById(userId, false);
        return user == null ? List.of() : user.getAuthorities();
    }
}
