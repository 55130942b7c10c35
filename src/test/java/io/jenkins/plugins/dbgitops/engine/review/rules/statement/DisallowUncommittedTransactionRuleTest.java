package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowUncommittedTransactionRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowUncommittedTransactionRule();
    }

    @Test
    void shouldReportTheBeginThatIsNeverCommitted() {
        String change = "BEGIN;\nCOMMIT;\nSTART TRANSACTION;\nALTER TABLE t ADD COLUMN a int;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).contains("never committed");
    }

    @Test
    void shouldAcceptRollbackAndIgnoreRollbackToSavepoint() {
        String change = "BEGIN;\nSAVEPOINT s;\nROLLBACK TO SAVEPOINT s;\nROLLBACK;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
