package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereMaximumLogicalOperatorCountRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new WhereMaximumLogicalOperatorCountRule();
    }

    @Test
    void shouldCountInValuesAndOrOperandsAsBytebaseDoes() {
        // Bytebase's test uses a limit of 2
        List<Finding> findings = findings(SqlEngine.MYSQL, Map.of("number", 2), "",
                "SELECT a FROM employee WHERE id IN (1, 2);\n"
                        + "SELECT a FROM employee WHERE id IN (1, 2, 3, 4, 5);\n"
                        + "SELECT a FROM employee WHERE id = 1 OR id = 2 OR id = 3 OR id = 4 OR id = 5;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("Number of tokens (5) in IN predicate operation exceeds limit (2)");
        assertThat(findings.get(1).message()).startsWith("Number of tokens (5) in the OR predicate operation");
    }

    @Test
    void shouldCountOneChainThroughParenthesesOnce() {
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of("number", 3), "",
                "SELECT a FROM t WHERE (a = 1 OR a = 2) OR (a = 3 OR a = 4);")).hasSize(1);
        assertThat(findings(SqlEngine.POSTGRESQL, Map.of("number", 3), "",
                "SELECT a FROM t WHERE (a = 1 OR a = 2) AND (b = 3 OR b = 4);")).isEmpty();
    }
}
