package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreferRobustStatementsRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new PreferRobustStatementsRule();
    }

    @Test
    void shouldFlagUnguardedStatementsOfANonTransactionalFile() {
        String change = "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_a ON orders (a);\nALTER TABLE orders ADD COLUMN b int;\nALTER TABLE orders ADD CONSTRAINT c CHECK (b > 0);\nDROP TABLE old_orders;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2, 3, 4);
    }

    @Test
    void shouldAcceptTransactionalFilesAndGuardedStatements() {
        String change = "ALTER TABLE orders ADD COLUMN b int;\nDROP TABLE old_orders;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldFlagAnUnguardedColumnInAFileMarkedNoTransaction() {
        String change = "-- dbgitops:no-transaction\nALTER TABLE orders ADD COLUMN b int;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("IF NOT EXISTS");
    }

    @Test
    void shouldAcceptAConstraintDroppedIfExistsFirst() {
        String change = "-- dbgitops:no-transaction\nALTER TABLE orders DROP CONSTRAINT IF EXISTS c;\nALTER TABLE orders ADD CONSTRAINT c CHECK (b > 0);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
