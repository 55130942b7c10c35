package io.jenkins.plugins.dbgitops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path temp;

    @Test
    void shouldRunTheWholeFlowOnEmbeddedDatabases() {
        CommandRun demo = CommandRun.of("demo", "--dir", temp.toString());

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out())
                .contains("Roll out to test")
                .contains("refused: Release")
                .contains("cannot go to 'prod' yet")
                .contains("refused: Environment 'staging' needs manual approval")
                .contains("Approved by alice (member of dba-team).")
                .contains("[globex] SUCCESS")
                .contains("Roll out to prod again: safe, nothing new is applied")
                .contains("result: NOTHING_TO_DO")
                .contains("Demo finished: the release went through test, staging and prod in order.");
        assertThat(demo.out().lines().filter(line -> line.contains("UP_TO_DATE"))).hasSize(6);
        assertThat(temp.resolve("shop-database/.git")).isDirectory();
        assertThat(temp.resolve("shop-database/migrations/202501150920_seed_order_statuses_dml.sql")).exists();
        assertThat(temp.resolve("records")).isDirectoryContaining(path -> path.toString().endsWith(
                ".prod.deployment.json"));
    }
}
