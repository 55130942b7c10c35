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
    void shouldAcceptUnsignedIntegers() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int(11) unsigned AUTO_INCREMENT PRIMARY KEY);"))
                .isEmpty();
    }

    @Test
    void shouldReportNonIntegerCountersAddedLater() {
        List<Finding> findings = findings(SqlEngine.MARIADB, "\nALTER TABLE t ADD COLUMN seq decimal(10,0) AUTO_INCREMENT;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("Auto-increment column `t`.`seq` requires integer type");
    }
}
