package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowDefinerRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDefinerRule();
    }

    @Test
    void shouldReportADumpedRoutineWithDefinerAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (a int);\n"
                + "CREATE DEFINER=`root`@`localhost` PROCEDURE p()\nBEGIN\n  SELECT 1;\nEND;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("The statement sets an explicit DEFINER");
    }

    @Test
    void shouldAcceptSqlSecurityDefinerWithoutAnAccount() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE SQL SECURITY DEFINER VIEW v AS SELECT 1;")).isEmpty();
    }
}
