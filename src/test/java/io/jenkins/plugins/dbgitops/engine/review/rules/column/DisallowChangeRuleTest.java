package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowChangeRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowChangeRule();
    }

    @Test
    void shouldReportChangeColumnAtItsLineLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (b int);\nALTER TABLE t CHANGE COLUMN b a int;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("changes column b with CHANGE COLUMN");
    }

    @Test
    void shouldAcceptAddAndModifyColumn() {
        assertThat(findings(SqlEngine.MYSQL, "ALTER TABLE t ADD COLUMN a int, MODIFY COLUMN b bigint;")).isEmpty();
    }
}
