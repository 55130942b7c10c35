package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRequireCharsetRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TableRequireCharsetRule();
    }

    @Test
    void shouldReportTheTableWithoutCharsetAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE a (id int) CHARACTER SET utf8mb4;\nCREATE TABLE b (id int) ENGINE=InnoDB;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Table b has no character set");
    }

    @Test
    void shouldIgnoreAlterTableAndCreateTableLike() {
        assertThat(findings(SqlEngine.MYSQL, "ALTER TABLE a ADD COLUMN c int;\nCREATE TABLE b LIKE a;")).isEmpty();
    }
}
