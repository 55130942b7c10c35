package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowChangingOrderRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowChangingOrderRule();
    }

    @Test
    void shouldReportFirstAndAfterInModifyAndChangeLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (b int, a1 int);\n"
                + "ALTER TABLE t CHANGE COLUMN a1 a int FIRST;\nALTER TABLE t MODIFY COLUMN b int AFTER a;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("Column t.a is moved");
    }

    @Test
    void shouldAcceptAnAddedColumnWithAPosition() {
        assertThat(findings(SqlEngine.MARIADB, "ALTER TABLE t ADD COLUMN c int AFTER b;")).isEmpty();
    }
}
