package io.jenkins.plugins.dbgitops.engine.deploy;

import io.jenkins.plugins.dbgitops.engine.config.Approval;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may approve a rollout to an environment. The command line passes {@code --approved-by} (a user or a group
 * name); the Jenkins glue passes the user who answered the {@code input} step and that user's groups. Names compare
 * case-insensitively, as Jenkins user ids and most group names do.
 */
public final class ApprovalPolicy {
    private final String environment;
    private final Approval approval;
    private final List<String> approvers;

    private ApprovalPolicy(String environment, Approval approval, List<String> approvers) {
        this.environment = environment;
        this.approval = approval;
        this.approvers = List.copyOf(approvers);
    }

    public static ApprovalPolicy of(EnvironmentConfig environment) {
        return new ApprovalPolicy(environment.name(), environment.approval(), environment.approvers());
    }

    /** Whether a person has to approve before the environment is deployed. */
    public boolean required() {
        return approval == Approval.MANUAL;
    }

    /** The users and groups that may approve, as configured (for the Jenkins {@code input} step's submitters). */
    public List<String> approvers() {
        return approvers;
    }

    /**
     * Decides on an approval.
     *
     * @param approver the user who approves, or a group name on the command line; empty when nobody did
     * @param groups   the approver's groups, as far as known (empty on the command line)
     */
    public ApprovalDecision decide(Optional<String> approver, Collection<String> groups) {
        Optional<String> who = approver.map(String::strip).filter(name -> !name.isEmpty());
        if (!required()) {
            return new ApprovalDecision(true, who, "Environment '" + environment + "' deploys without approval.");
        }
        if (who.isEmpty()) {
            return new ApprovalDecision(false, Optional.empty(), "Environment '" + environment + "' needs manual"
                    + " approval by " + whoMayApprove() + "; approve with --approved-by on the command line, or"
                    + " through the input step in Jenkins.");
        }
        if (allowed(who.get())) {
            return new ApprovalDecision(true, who, "Approved by " + who.get() + ".");
        }
        for (String group : groups) {
            if (allowed(group)) {
                String recorded = who.get() + " (member of " + group + ")";
                return new ApprovalDecision(true, Optional.of(recorded), "Approved by " + recorded + ".");
            }
        }
        return new ApprovalDecision(false, Optional.empty(), "'" + who.get() + "' may not approve rollouts to '"
                + environment + "': approval must come from " + whoMayApprove() + ".");
    }

    private boolean allowed(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return approvers.stream().anyMatch(approver -> approver.toLowerCase(Locale.ROOT).equals(key));
    }

    private String whoMayApprove() {
        return approvers.size() == 1 ? approvers.get(0) + " (a user or a member of that group)"
                : "one of " + String.join(", ", approvers) + " (users, or members of those groups)";
    }
}
