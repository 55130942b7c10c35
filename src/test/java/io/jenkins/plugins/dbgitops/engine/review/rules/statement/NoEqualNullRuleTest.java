package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoEqualNullRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new NoEqualNullRule();
    }

    @Test
    void shouldFlagEqualNullButNotAssignmentOrIsNull() {
        // Bytebase's cases: IS NULL and SET name = NULL pass, id = NULL fails
        assertThat(lines(findings(SqlEngine.MYSQL,
                "SELECT a FROM employee WHERE name = 'Jack' AND id IS NULL;\n"
                        + "UPDATE employee SET name = NULL WHERE id = 1;\n"
                        + "SELECT a FROM t WHERE name = 'test' AND id = NULL;"))).containsExactly(3);
    }

    @Test
    void shouldFlagNotEqualsNullInAJoinCondition() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "SELECT a.id FROM a JOIN b ON a.id = b.id AND b.deleted_at <> NULL WHERE a.id > 0;");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).startsWith("WHERE clause contains equal null");
    }
}
