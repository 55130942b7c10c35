package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereDisallowUsingFunctionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new WhereDisallowUsingFunctionRule();
    }

    @Test
    void shouldFlagAFunctionOnTheValueSideAsBytebaseDoes() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "SELECT name FROM employee WHERE id = 1;\n"
                + "SELECT name FROM employee WHERE id = RAND();");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Function is disallowed in where clause, but");
    }

    @Test
    void shouldIgnoreFunctionsInTheSelectListAndSetClause() {
        assertThat(findings(SqlEngine.POSTGRESQL, "SELECT lower(email) FROM users WHERE id = 1;\n"
                + "UPDATE users SET email = lower(email) WHERE id = 2;")).isEmpty();
    }
}
