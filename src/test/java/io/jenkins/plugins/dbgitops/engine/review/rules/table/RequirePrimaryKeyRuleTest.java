package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirePrimaryKeyRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new RequirePrimaryKeyRule();
    }

    @Test
    void shouldAcceptATableConstraintPrimaryKey() {
        assertThat(findings(SqlEngine.POSTGRESQL,
                "CREATE TABLE t (a int, b int, CONSTRAINT pk_t PRIMARY KEY (a, b));")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int, PRIMARY KEY (a)) ENGINE=InnoDB;")).isEmpty();
    }

    @Test
    void shouldReportEachTableWithoutAKeyAtItsLine() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (x int);\n\nCREATE TABLE c (y int);");

        assertThat(lines(findings)).containsExactly(2, 4);
        assertThat(findings.get(0).message()).startsWith("Table b has no primary key");
    }

    @Test
    void shouldReportDroppingThePrimaryKeyInMySql() {
        assertThat(lines(findings(SqlEngine.MYSQL, "ALTER TABLE t DROP PRIMARY KEY;"))).containsExactly(1);
    }

    @Test
    void shouldIgnoreCreateTableAsSelect() {
        assertThat(findings(SqlEngine.POSTGRESQL, "CREATE TABLE t2 AS SELECT * FROM t;")).isEmpty();
    }
}
