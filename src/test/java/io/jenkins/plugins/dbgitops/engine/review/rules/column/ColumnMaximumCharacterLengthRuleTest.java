package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMaximumCharacterLengthRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ColumnMaximumCharacterLengthRule();
    }

    @Test
    void shouldAcceptShortCharAndLongVarchar() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (a char(20), b varchar(300));")).isEmpty();
    }

    @Test
    void shouldReportLongCharacterColumns() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "CREATE TABLE t (\n  a character(21)\n);\nALTER TABLE t ALTER COLUMN b TYPE char(40);");

        assertThat(lines(findings)).containsExactly(2, 4);
        assertThat(findings.get(0).message())
                .isEqualTo("The length of the CHAR column \"t\".\"a\" is bigger than 20, please use VARCHAR instead.");
    }
}
