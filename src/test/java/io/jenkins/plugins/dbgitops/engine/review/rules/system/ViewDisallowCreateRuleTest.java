package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewDisallowCreateRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ViewDisallowCreateRule();
    }

    @Test
    void shouldReportViewsWithMySqlClausesAndMaterializedViews() {
        assertThat(lines(findings(SqlEngine.MYSQL,
                "CREATE TABLE t (a int);\nCREATE ALGORITHM=MERGE SQL SECURITY INVOKER VIEW v AS SELECT a FROM t;\n"
                        + "CREATE DEFINER = CURRENT_USER() VIEW w AS SELECT 1;"))).containsExactly(2, 3);
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE MATERIALIZED VIEW mv AS SELECT 1;");
        assertThat(findings.get(0).message()).startsWith("The statement creates view mv");
    }

    @Test
    void shouldIgnoreDroppingAView() {
        assertThat(findings(SqlEngine.POSTGRESQL, "DROP VIEW IF EXISTS v;")).isEmpty();
    }
}
