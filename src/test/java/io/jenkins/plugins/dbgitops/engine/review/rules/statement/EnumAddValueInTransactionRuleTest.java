package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumAddValueInTransactionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new EnumAddValueInTransactionRule();
    }

    @Test
    void shouldFlagADefaultUsingTheNewValue() {
        String change = "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'refunded';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("order_status");
    }

    @Test
    void shouldAcceptUseInANonTransactionalFile() {
        String change = "-- dbgitops:no-transaction\nALTER TYPE order_status ADD VALUE 'refunded';\nUPDATE orders SET status = 'refunded' WHERE id = 1;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldIgnoreOtherStrings() {
        String change = "ALTER TYPE order_status ADD VALUE 'refunded';\nUPDATE orders SET note = 'refund requested' WHERE id = 1;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
