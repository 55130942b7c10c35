package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireSqlSecurityInvokerRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new RequireSqlSecurityInvokerRule();
    }

    @Test
    void shouldReportDefinerRoutinesAtTheirLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE SQL SECURITY INVOKER VIEW v AS SELECT 1;\n"
                + "CREATE PROCEDURE purge_sessions()\nBEGIN\n  DELETE FROM sessions;\nEND;\n"
                + "CREATE FUNCTION one() RETURNS int SQL SECURITY INVOKER DETERMINISTIC RETURN 1;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Procedure purge_sessions runs as its definer");
    }

    @Test
    void shouldIgnoreTablesTriggersAndNativeFunctions() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE v (a int);\n"
                + "CREATE TRIGGER trg BEFORE INSERT ON v FOR EACH ROW SET NEW.a = 1;\n"
                + "CREATE FUNCTION metaphon RETURNS STRING SONAME 'udf_example.so';")).isEmpty();
    }
}
