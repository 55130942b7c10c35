package io.jenkins.plugins.dbgitops.engine.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.config.Approval;
import io.jenkins.plugins.dbgitops.engine.config.EnvironmentConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

    private static ApprovalPolicy manual(String... approvers) {
        return ApprovalPolicy.of(new EnvironmentConfig("prod", Approval.MANUAL, List.of(approvers), 1, List.of(),
                false, false, List.of()));
    }

    private static ApprovalPolicy automatic() {
        return ApprovalPolicy.of(new EnvironmentConfig("test", Approval.AUTOMATIC, List.of(), 1, List.of(), false,
                false, List.of()));
    }

    @Test
    void shouldLetAutomaticEnvironmentsDeployAndStillRecordAGivenApprover() {
        ApprovalDecision anonymous = automatic().decide(Optional.empty(), Set.of());
        ApprovalDecision named = automatic().decide(Optional.of("bob"), Set.of());

        assertThat(automatic().required()).isFalse();
        assertThat(anonymous.approved()).isTrue();
        assertThat(anonymous.approvedBy()).isEmpty();
        assertThat(named.approvedBy()).contains("bob");
    }

    @Test
    void shouldRefuseAManualEnvironmentWithoutApproverSayingWhoMayApprove() {
        ApprovalDecision decision = manual("dba-team").decide(Optional.of("  "), Set.of());

        assertThat(decision.approved()).isFalse();
        assertThat(decision.message()).contains("'prod' needs manual approval by dba-team")
                .contains("--approved-by");
    }

    @Test
    void shouldAcceptAListedUserOrGroupNameCaseInsensitively() {
        ApprovalPolicy policy = manual("carol", "dba-team");

        assertThat(policy.decide(Optional.of("Carol"), Set.of()).approvedBy()).contains("Carol");
        assertThat(policy.decide(Optional.of("DBA-team"), Set.of()).approved()).isTrue();
    }

    @Test
    void shouldAcceptAUserThroughAGroupAndRecordBoth() {
        ApprovalDecision decision = manual("dba-team").decide(Optional.of("dave"), Set.of("developers", "dba-team"));

        assertThat(decision.approved()).isTrue();
        assertThat(decision.approvedBy()).contains("dave (member of dba-team)");
    }

    @Test
    void shouldRefuseAUserOutsideTheListNamingTheAllowedApprovers() {
        ApprovalDecision decision = manual("carol", "dba-team").decide(Optional.of("mallory"), Set.of("developers"));

        assertThat(decision.approved()).isFalse();
        assertThat(decision.approvedBy()).isEmpty();
        assertThat(decision.message()).isEqualTo("'mallory' may not approve rollouts to 'prod': approval must come"
                + " from one of carol, dba-team (users, or members of those groups).");
    }
}
