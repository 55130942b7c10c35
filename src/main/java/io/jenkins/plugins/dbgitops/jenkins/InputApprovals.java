package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;

/**
 * Reads approvals from what the {@code input} step itself recorded on the build ({@link ApproverAction}, added when a
 * signed-in user proceeds), so that a name written into the Jenkinsfile is never enough.
 */
final class InputApprovals {
    private final Function<String, Collection<String>> groupsOfUser;

    /** @param groupsOfUser the groups (authorities) of a user id, as the security realm reports them */
    InputApprovals(Function<String, Collection<String>> groupsOfUser) {
        this.groupsOfUser = groupsOfUser;
    }

    /** The latest approver of this build who is allowed (by user id or group), if any. */
    Optional<String> allowedApprover(Run<?, ?> run, List<String> allowed) {
        List<ApproverAction> approvals = run.getActions(ApproverAction.class);
        for (int i = approvals.size() - 1; i >= 0; i--) {
            String userId = approvals.get(i).getUserId();
            if (userId != null && isAllowed(userId, allowed)) {
                return Optional.of(userId);
            }
        }
        return Optional.empty();
    }

    private boolean isAllowed(String userId, List<String> allowed) {
        if (allowed.isEmpty()) {
            return true;
        }
        for (String entry : allowed) {
            if (entry.trim().equalsIgnoreCase(userId)) {
                return true;
            }
        }
        for (String group : groupsOfUser.apply(userId)) {
            for (String entry : allowed) {
                if (entry.trim().toLowerCase(Locale.ROOT).equals(group.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
