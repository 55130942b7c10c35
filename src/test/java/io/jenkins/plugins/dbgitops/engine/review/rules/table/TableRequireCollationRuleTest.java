package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRequireCollationRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TableRequireCollationRule();
    }

    @Test
    void shouldReportTheTableWithoutCollationAtItsLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE a (id int) COLLATE utf8mb4_bin;\n\nCREATE TABLE b (id int) CHARSET utf8mb4;");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("Table b has no collation");
    }

    @Test
    void shouldAcceptDefaultCollateWithEqualsSign() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE a (id int) DEFAULT COLLATE = utf8mb4_unicode_ci;"))
                .isEmpty();
    }
}
