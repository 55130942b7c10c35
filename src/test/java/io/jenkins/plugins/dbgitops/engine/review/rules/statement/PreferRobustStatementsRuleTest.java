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

    @Test
    void shouldFlagEveryOtherAlterActionAndAConstraintAddedTwiceAfterOneDrop() {
        String change = "-- dbgitops:no-transaction\nALTER TABLE t ENABLE ROW LEVEL SECURITY;\nALTER TABLE t ALTER COLUMN c SET NOT NULL;\n"
                + "ALTER TABLE t DROP CONSTRAINT IF EXISTS u;\nALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i;\n"
                + "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i;\nALTER TABLE t DROP CONSTRAINT v;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2, 3, 6, 7);
    }

    @Test
    void shouldAcceptAnExplicitTransactionBlockUnnamedIndexesAndTemporaryTablesDroppedAtCommit() {
        String change = "-- dbgitops:no-transaction\nBEGIN;\nALTER TABLE t ADD COLUMN b int;\nDROP TABLE old;\nCOMMIT;\n"
                + "CREATE INDEX CONCURRENTLY ON t (b);\nCREATE TEMP TABLE scratch (id int) ON COMMIT DROP;\n"
                + "CREATE TEMP TABLE kept (id int);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(8);
    }
}
