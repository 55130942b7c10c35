package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDisallowCreateRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new EventDisallowCreateRule();
    }

    @Test
    void shouldReportAMultiLineEventAtItsFirstLine() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "CREATE TABLE t (a int);\nCREATE EVENT daily_backup\n"
                + "ON SCHEDULE\n  EVERY 1 DAY\nSTARTS CURRENT_TIMESTAMP\nDO\n  INSERT INTO backup_table (backup_date, data)\n"
                + "  SELECT NOW(), data\n  FROM main_table;");

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).startsWith("The statement creates event daily_backup");
    }

    @Test
    void shouldIgnoreAlteringAnEvent() {
        assertThat(findings(SqlEngine.MARIADB, "ALTER EVENT daily_backup DISABLE;")).isEmpty();
    }
}
