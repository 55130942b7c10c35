package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropNamingConventionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DropNamingConventionRule();
    }

    @Test
    void shouldIgnoreOtherDrops() {
        assertThat(findings(SqlEngine.POSTGRESQL, "DROP INDEX idx_orders;\nDROP VIEW orders_view;")).isEmpty();
    }

    @Test
    void shouldReportEveryUnmarkedTableOfAMultiTableDrop() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "\nDROP TABLE IF EXISTS a_delete, orders, customers;");

        assertThat(lines(findings)).containsExactly(2, 2);
        assertThat(findings.get(0).message())
                .isEqualTo("`orders` mismatches drop table naming convention, naming format should be \"_delete$\".");
    }
}
