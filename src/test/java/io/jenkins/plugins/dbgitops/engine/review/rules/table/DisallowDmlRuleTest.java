package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowDmlRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowDmlRule();
    }

    @Test
    void shouldAcceptReadingTheProtectedTable() {
        assertThat(findings(SqlEngine.MYSQL, "SELECT version FROM dbgitops_history;")).isEmpty();
    }

    @Test
    void shouldReportInsertsUpdatesAndReplaces() {
        String sql = "INSERT INTO dbgitops_history (version) VALUES ('1');\nUPDATE orders SET a = 1 WHERE id = 2;\n"
                + "REPLACE INTO DBGITOPS_HISTORY (version) VALUES ('2');\nUPDATE dbgitops_history SET status = 'DONE';";

        List<Finding> findings = findings(SqlEngine.MYSQL, sql);

        assertThat(lines(findings)).containsExactly(1, 3, 4);
        assertThat(findings.get(0).message()).isEqualTo("DML is disallowed on table dbgitops_history.");
    }
}
