package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowCreateTableSelectRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowCreateTableSelectRule();
    }

    @Test
    void shouldReportTheMySqlFormWithoutAsThatJSqlParserRejects() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t1 (a int);\nCREATE TABLE t2 SELECT * FROM t1;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("The table is created from a SELECT");
    }

    @Test
    void shouldAcceptInsertSelectAndLike() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE t2 LIKE t1;\nINSERT INTO t2 SELECT * FROM t1;")).isEmpty();
    }
}
