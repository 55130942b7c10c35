package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeDisallowDisplayWidthRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new TypeDisallowDisplayWidthRule();
    }

    @Test
    void shouldReportWidthsAndZerofillOfAlterTable() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (id bigint);\n"
                + "ALTER TABLE t ADD COLUMN n int(10) unsigned, ADD COLUMN z smallint zerofill;");

        assertThat(lines(findings)).containsExactly(2, 2);
        assertThat(findings.get(0).message()).startsWith("Column t.n declares a display width on int");
    }

    @Test
    void shouldAcceptDecimalPrecisionAndTinyintOne() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE t (price decimal(10, 2), flag tinyint(1), c char(3));"))
                .isEmpty();
    }
}
