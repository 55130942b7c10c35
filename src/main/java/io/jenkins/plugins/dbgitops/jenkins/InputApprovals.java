package io.jenkins.plugins.dbgitops.jenkins;

import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;

/**
 * Reads approvals from what the {@code input} step itself recorded on the build: an {@link ApproverAction} is added
 * when a signed-in user proceeds. A name written into the Jenkinsfile is never taken as an approval.
 *
 * <p>Each approval authorizes one manual rollout: a rollout needs an approval newer than those earlier rollouts of
 * the build used, so approving staging does not also approve production.
 */
final class InputApprovals {
    private final Function<String, Collection<String>> groupsOfUser;

    /** @param groupsOfUser the groups (authorities) of a user id, as the security realm reports them */
    InputApprovals(Function<String, Collection<String>> groupsOfUser) {
        this.groupsOfUser = groupsOfUser;
    }

    /** How many approvals the build holds so far. */
    static int count(Run<?, ?> run) {
        return run.getActions(ApproverAction.class).size();
    }

    /** The newest approval not used by an earlier rollout of this build, with the approver's groups. */
    Optional<Approval> unused(Run<?, ?> run, int alreadyUsed) {
        List<ApproverAction> approvals = run.getActions(ApproverAction.class);
        if (approvals.size() <= alreadyUsed) {
            return Optional.empty();
        }
        String userId = approvals.get(approvals.size() - 1).getUserId();
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Approval(userId, new TreeSet<>(groupsOfUser.apply(userId))));
    }

    /** An approver and the groups the security realm gives them. */
    record Approval(String userId, Set<String> groups) {
        Approval {
            groups = Set.copyOf(groups);
        }
    }
}
