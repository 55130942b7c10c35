package io.jenkins.plugins.dbgitops.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputApprovalsTest {
    @TempDir
    Path temp;

    private final InputApprovals approvals = new InputApprovals(
            user -> Map.of("carol", List.of("dba-team")).getOrDefault(user, List.of()));

    @Test
    void shouldAcceptAnApprovalRecordedByTheInputStepForAnAllowedUser() throws Exception {
        FakeBuild build = new FakeBuild(temp);
        build.addAction(new ApproverAction("alice"));

        assertThat(approvals.allowedApprover(build, List.of("alice", "release-managers"))).contains("alice");
    }

    @Test
    void shouldAcceptAMemberOfAnAllowedGroup() throws Exception {
        FakeBuild build = new FakeBuild(temp);
        build.addAction(new ApproverAction("carol"));

        assertThat(approvals.allowedApprover(build, List.of("dba-team"))).contains("carol");
    }

    @Test
    void shouldRefuseWhenNoInputWasApproved() throws Exception {
        assertThat(approvals.allowedApprover(new FakeBuild(temp), List.of("alice"))).isEmpty();
    }

    @Test
    void shouldRefuseAnApproverWhoIsNotAllowed() throws Exception {
        FakeBuild build = new FakeBuild(temp);
        build.addAction(new ApproverAction("mallory"));

        assertThat(approvals.allowedApprover(build, List.of("alice", "dba-team"))).isEmpty();
    }
}
