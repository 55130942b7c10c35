package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowTransactionNestingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowTransactionNestingRule();
    }

    @Test
    void shouldFlagABeginInsideAnExplicitTransactionInANoTransactionFile() {
        String change = "-- dbgitops:no-transaction\nBEGIN;\nBEGIN;\nCOMMIT;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(3);
    }

    @Test
    void shouldFlagExplicitTransactionsInAFileDbgitopsWrapsInOne() {
        String change = "BEGIN;\nALTER TABLE orders ADD COLUMN a int;\nCOMMIT;\nCOMMIT;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        // the first COMMIT ends the wrapping transaction early too (as Squawk reports it with assume_in_transaction)
        assertThat(lines(findings)).containsExactly(1, 3, 4);
        assertThat(findings.get(0).message()).contains("already runs this file in a transaction");
    }

    @Test
    void shouldAcceptExplicitTransactionsInNonTransactionalFiles() {
        String change = "CREATE INDEX CONCURRENTLY idx ON orders (status);\nBEGIN;\nALTER TABLE orders ADD COLUMN a int;\nCOMMIT;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
