package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaximumStatementsInTransactionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new MaximumStatementsInTransactionRule();
    }

    @Test
    void shouldReportOncePerTransactionAtTheFirstStatementPastTheLimit() {
        String sql = "UPDATE t SET a = 1 WHERE id = 1;\nUPDATE t SET a = 2 WHERE id = 2;\n"
                + "UPDATE t SET a = 3 WHERE id = 3;\nUPDATE t SET a = 4 WHERE id = 4;";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of("number", 2), "", sql))).containsExactly(3);
    }

    @Test
    void shouldCountOnlyExplicitTransactionsInANoTransactionFile() {
        String sql = "-- dbgitops:no-transaction\nUPDATE t SET a = 1 WHERE id = 1;\nUPDATE t SET a = 1 WHERE id = 2;\n"
                + "UPDATE t SET a = 1 WHERE id = 3;\nBEGIN;\nUPDATE t SET a = 1 WHERE id = 4;\n"
                + "UPDATE t SET a = 1 WHERE id = 5;\nUPDATE t SET a = 1 WHERE id = 6;\nCOMMIT;";

        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of("number", 2), "", sql))).containsExactly(8);
    }

    @Test
    void shouldTreatMySqlDdlAsAnImplicitCommit() {
        String sql = "UPDATE t SET a = 1 WHERE id = 1;\nUPDATE t SET a = 1 WHERE id = 2;\n"
                + "ALTER TABLE t ADD COLUMN b int;\nUPDATE t SET a = 1 WHERE id = 3;\nUPDATE t SET a = 1 WHERE id = 4;";

        assertThat(findings(SqlEngine.MYSQL, Map.of("number", 2), "", sql)).isEmpty();
        assertThat(lines(findings(SqlEngine.POSTGRESQL, Map.of("number", 2), "", sql))).containsExactly(3);
    }
}
