package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireAlgorithmOptionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new RequireAlgorithmOptionRule();
    }

    @Test
    void shouldReportOnlyTheAlterWithoutAlgorithmLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (b int);\n"
                + "ALTER TABLE t ADD COLUMN c INT, ALGORITHM=INSTANT, LOCK=NONE;\nALTER TABLE t ADD COLUMN d INT;");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("ALTER TABLE t has no ALGORITHM option");
    }

    @Test
    void shouldAcceptTheAlgorithmBeforeTheChange() {
        assertThat(findings(SqlEngine.MARIADB, "ALTER TABLE t ALGORITHM = INPLACE, ADD INDEX idx_b (b);")).isEmpty();
    }
}
