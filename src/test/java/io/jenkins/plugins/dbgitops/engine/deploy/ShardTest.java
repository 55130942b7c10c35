package io.jenkins.plugins.dbgitops.engine.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.config.DeploymentTarget;
import io.jenkins.plugins.dbgitops.engine.config.ProjectConfigReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {
    private static List<DeploymentTarget> tenants(int count) {
        String names = String.join(", ", IntStream.rangeClosed(1, count).mapToObj(i -> "tenant" + i).toList());
        String yaml = "engine: h2\nenvironments:\n  - name: fleet\n    targets:\n"
                + "      - url: \"jdbc:h2:mem:{name}\"\n        databases: [" + names + "]\n";
        return new ProjectConfigReader(Map.of()).parse(yaml, Path.of("dbgitops.yaml")).environment("fleet").targets();
    }

    @Test
    void shouldSplitAFleetIntoDisjointSharesThatCoverIt() {
        List<DeploymentTarget> fleet = tenants(300);
        Set<String> covered = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            List<DeploymentTarget> share = Shard.parse(k + "/8").select(fleet);
            sizes.add(share.size());
            share.forEach(target -> assertThat(covered.add(target.name())).as(target.name() + " in one shard").isTrue());
        }
        assertThat(covered).hasSize(300);
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(20, 56));
    }

    @Test
    void shouldKeepATargetInItsShardWhenOthersAreAdded() {
        Shard shard = Shard.parse("3/8");
        List<String> before = shard.select(tenants(100)).stream().map(DeploymentTarget::name).toList();
        List<String> after = shard.select(tenants(200)).stream().map(DeploymentTarget::name).toList();

        assertThat(after).containsAll(before);
    }

    @Test
    void shouldRefuseShardsThatDoNotExist() {
        assertThatThrownBy(() -> Shard.parse("0/8")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("1 <= k <= n");
        assertThatThrownBy(() -> Shard.parse("9/8")).isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> Shard.parse("two of eight")).isInstanceOf(UserInputException.class)
                .hasMessageContaining("such as 2/8");
        assertThat(Shard.parse(" 2 / 8 ")).hasToString("2/8");
    }
}
