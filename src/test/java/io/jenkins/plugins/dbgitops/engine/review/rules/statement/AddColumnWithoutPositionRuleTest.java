package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddColumnWithoutPositionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AddColumnWithoutPositionRule();
    }

    @Test
    void shouldReportFirstAndAfterOnAddedColumns() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "ALTER TABLE t ADD COLUMN a int;\nALTER TABLE t ADD COLUMN b int FIRST, ADD COLUMN c int AFTER a;");

        assertThat(lines(findings)).containsExactly(2, 2);
        assertThat(findings.get(0).message()).startsWith("Column t.b is added at a position");
    }

    @Test
    void shouldAcceptAModifyWithAPositionWhichAnotherRuleJudges() {
        assertThat(findings(SqlEngine.MARIADB, "ALTER TABLE t MODIFY COLUMN a int FIRST;")).isEmpty();
    }
}
