package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlModeRequireStrictRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new SqlModeRequireStrictRule();
    }

    @Test
    void shouldReportAnEmptyModeAndRemovingStrictMode() {
        List<Finding> findings = findings(SqlEngine.MYSQL, "SET sql_mode = 'TRADITIONAL';\nSET SESSION sql_mode = '';\n"
                + "SET sql_mode = REPLACE(@@sql_mode, 'STRICT_TRANS_TABLES', '');");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("sql_mode loses strict mode");
    }

    @Test
    void shouldAcceptDefault() {
        assertThat(findings(SqlEngine.MARIADB, "SET sql_mode = DEFAULT;")).isEmpty();
    }
}
