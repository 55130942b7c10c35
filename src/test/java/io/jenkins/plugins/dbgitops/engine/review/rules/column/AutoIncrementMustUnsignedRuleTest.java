package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoIncrementMustUnsignedRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AutoIncrementMustUnsignedRule();
    }

    @Test
    void shouldReportSignedAutoIncrementColumnsOfAlterTableLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (b int);\n"
                + "ALTER TABLE t ADD COLUMN a INT AUTO_INCREMENT, ADD COLUMN c INT ZEROFILL AUTO_INCREMENT,"
                + " ADD COLUMN d INT UNSIGNED AUTO_INCREMENT;\nALTER TABLE t CHANGE COLUMN b e INT SIGNED AUTO_INCREMENT;");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("Auto-increment column t.a is not UNSIGNED");
    }

    @Test
    void shouldAcceptZerofillAndPlainColumns() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a INT ZEROFILL AUTO_INCREMENT, b int);")).isEmpty();
    }
}
