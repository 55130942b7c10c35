package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireLockOptionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new RequireLockOptionRule();
    }

    @Test
    void shouldReportOnlyTheAlterWithoutLockLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (b int);\n"
                + "ALTER TABLE t ADD COLUMN c INT, LOCK=NONE;\nALTER TABLE t ADD COLUMN d INT;");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("ALTER TABLE t has no LOCK option");
    }

    @Test
    void shouldNotMistakeALockColumnForTheOption() {
        assertThat(lines(findings(SqlEngine.MYSQL, "ALTER TABLE t ADD COLUMN `lock` int;"))).containsExactly(1);
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a int);")).isEmpty();
    }
}
