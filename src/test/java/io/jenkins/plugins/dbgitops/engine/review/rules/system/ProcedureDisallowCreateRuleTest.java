package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcedureDisallowCreateRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ProcedureDisallowCreateRule();
    }

    @Test
    void shouldReportAProcedureWithDefinerAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (a int);\n"
                + "CREATE DEFINER=`admin`@`%` PROCEDURE simpleProcedure()\nBEGIN\n  SELECT 'Hello' AS message;\nEND;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("The statement creates procedure simpleprocedure");
    }

    @Test
    void shouldReportAPostgreSqlProcedureButNotAFunction() {
        assertThat(lines(findings(SqlEngine.POSTGRESQL, "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n"
                + "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql AS $$ DELETE FROM t $$;"))).containsExactly(2);
    }
}
