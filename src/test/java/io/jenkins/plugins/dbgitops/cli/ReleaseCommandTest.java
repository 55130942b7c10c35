package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.config.ProjectConfig;
import io.jenkins.plugins.dbgitops.engine.release.GitProjects;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldTakeTheBranchFromJenkinsOnlyOnADetachedCheckout() throws Exception {
        Path repository = GitProjects.create(temp.resolve("repo"), Map.of("1_init.sql", "SELECT 1;\n"));
        ProjectConfig config = GitProjects.config(repository);
        Map<String, String> jenkins = Map.of("GIT_BRANCH", "origin/release/2.0");

        String onBranch = ReleaseCommand.ciBranch(config, jenkins);
        try (Git git = Git.open(repository.toFile())) {
            git.checkout().setName(git.getRepository().resolve("HEAD").name()).call();
        }
        String detached = ReleaseCommand.ciBranch(config, jenkins);
        String multibranch = ReleaseCommand.ciBranch(config, Map.of("BRANCH_NAME", "PR-42", "GIT_BRANCH", "x"));

        assertThat(onBranch).isNull();
        assertThat(detached).isEqualTo("release/2.0");
        assertThat(multibranch).isEqualTo("PR-42");
    }

    @Test
    void shouldFixTheCreationTimeFromSourceDateEpoch() {
        assertThat(ReleaseCommand.creationTime(Map.of("SOURCE_DATE_EPOCH", "1736933400")))
                .isEqualTo(Instant.parse("2025-01-15T09:30:00Z"));
        assertThat(ReleaseCommand.creationTime(Map.of("SOURCE_DATE_EPOCH", "not a number")))
                .isAfter(Instant.parse("2025-01-01T00:00:00Z"));
    }
}
