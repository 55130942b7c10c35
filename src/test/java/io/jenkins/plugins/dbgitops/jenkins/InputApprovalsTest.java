package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputApprovalsTest {
    @TempDir
    Path temp;

    private final InputApprovals approvals = new InputApprovals(
            user -> Map.of("carol", List.of("dba-team")).getOrDefault(user, List.of()));

    @Test
    void shouldGiveTheApproverTheInputStepRecordedWithTheirGroups() throws Exception {
        FakeBuild build = new FakeBuild(temp);
        build.addAction(new ApproverAction("carol"));

        assertThat(approvals.unused(build, 0)).contains(new InputApprovals.Approval("carol", Set.of("dba-team")));
    }

    @Test
    void shouldGiveNothingWhenNoInputWasApproved() throws Exception {
        assertThat(approvals.unused(new FakeBuild(temp), 0)).isEmpty();
    }

    @Test
    void shouldNotReuseAnApprovalAnEarlierRolloutUsed() throws Exception {
        // Given one approval, already used by the staging rollout
        FakeBuild build = new FakeBuild(temp);
        build.addAction(new ApproverAction("alice"));
        int usedByStaging = InputApprovals.count(build);

        // Then production finds no approval until another input is approved
        assertThat(approvals.unused(build, usedByStaging)).isEmpty();
        build.addAction(new ApproverAction("carol"));
        assertThat(approvals.unused(build, usedByStaging)).map(InputApprovals.Approval::userId).contains("carol");
    }
}
