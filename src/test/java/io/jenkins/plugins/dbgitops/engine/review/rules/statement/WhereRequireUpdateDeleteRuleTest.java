package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereRequireUpdateDeleteRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new WhereRequireUpdateDeleteRule();
    }

    @Test
    void shouldFlagDeleteAndUpdateWithoutWhereAtTheirLines() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "DELETE FROM t1 WHERE a > 0;\nDELETE FROM t1;\nUPDATE t1 SET a = 1;\nUPDATE t1 SET a = 1 WHERE a > 10;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).contains("\"DELETE FROM t1\" requires WHERE clause");
    }

    @Test
    void shouldAcceptAJoinedUpdateWithWhere() {
        assertThat(findings(SqlEngine.POSTGRESQL, "UPDATE t SET a = u.b FROM u WHERE t.id = u.id;")).isEmpty();
    }
}
