package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UniqueOnExistingDataRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new UniqueOnExistingDataRule();
    }

    @Test
    void shouldFlagUniqueConstraintsAndPrimaryKeysAddedToAnExistingTable() {
        String earlier = "CREATE TABLE users (id bigint, email varchar(255));";

        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of(), earlier,
                "CREATE INDEX idx_email ON users (email);\nALTER TABLE users ADD UNIQUE KEY uq_email (`email`);\n"
                        + "ALTER TABLE users ADD PRIMARY KEY (id);");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("Adding a unique key on users (email)");
    }

    @Test
    void shouldExemptATableCreatedInTheSameChange() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (a int, b int);\n"
                + "ALTER TABLE t ADD CONSTRAINT uq_t UNIQUE (a, b);")).isEmpty();
    }
}
