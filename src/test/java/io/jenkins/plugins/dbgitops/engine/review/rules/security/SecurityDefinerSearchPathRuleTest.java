package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityDefinerSearchPathRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new SecurityDefinerSearchPathRule();
    }

    @Test
    void shouldReportADollarQuotedDefinerFunctionAtItsLine() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE t (a int);\n"
                + "CREATE OR REPLACE FUNCTION admin.reset(uid int) RETURNS void\nLANGUAGE plpgsql SECURITY DEFINER AS $$\n"
                + "BEGIN\n  SET search_path = public;\n  DELETE FROM sessions WHERE user_id = uid;\nEND\n$$;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("SECURITY DEFINER function admin.reset has no fixed search_path");
    }

    @Test
    void shouldAcceptInvokerFunctionsAndSearchPathFromCurrent() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n"
                + "ALTER FUNCTION g() SECURITY DEFINER SET search_path FROM CURRENT;")).isEmpty();
    }
}
