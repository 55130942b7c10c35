package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoIncrementMustIntegerRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AutoIncrementMustIntegerRule();
    }

    @Test
    void shouldReportNonIntegerAutoIncrementColumnsLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (b int);\n"
                + "ALTER TABLE t ADD COLUMN (a varchar(255) AUTO_INCREMENT, c INT);\n"
                + "ALTER TABLE t MODIFY COLUMN b varchar(255);\nALTER TABLE t CHANGE COLUMN b d double AUTO_INCREMENT;");

        assertThat(lines(findings)).containsExactly(2, 4);
        assertThat(findings.get(0).message()).startsWith("Auto-increment column t.a requires an integer type");
    }

    @Test
    void shouldAcceptEveryIntegerTypeInAnyCase() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE t1 (a integer AUTO_INCREMENT);\n"
                + "CREATE TABLE t2 (a tinyint AUTO_INCREMENT);\nCREATE TABLE t3 (a MEDIUMINT AUTO_INCREMENT);\n"
                + "CREATE TABLE t4 (a bigint unsigned AUTO_INCREMENT);")).isEmpty();
    }
}
