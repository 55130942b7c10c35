package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoIncrementColumnNamingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AutoIncrementColumnNamingRule();
    }

    @Test
    void shouldIgnoreOrdinaryColumns() {
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY, order_no int);"))
                .isEmpty();
    }

    @Test
    void shouldReportIdentityAndAddedAutoIncrementColumns() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL,
                "CREATE TABLE t (\n  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY\n);");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("\"t\".\"seq\" mismatches auto_increment column naming");
        assertThat(lines(findings(SqlEngine.MYSQL, "ALTER TABLE t ADD COLUMN no int AUTO_INCREMENT;"))).containsExactly(1);
    }
}
