package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidateConstraintSeparatelyRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ValidateConstraintSeparatelyRule();
    }

    @Test
    void shouldFlagValidationInTheSameExplicitBlockOfANoTransactionFile() {
        String change = "-- dbgitops:no-transaction\nBEGIN;\nALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nCOMMIT;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(4);
        assertThat(findings.get(0).message()).contains("c");
    }

    @Test
    void shouldFlagValidationInTheSameTransactionalFile() {
        String change = "ALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("same transaction");
    }

    @Test
    void shouldAcceptValidationInALaterBlock() {
        String change = "-- dbgitops:no-transaction\nBEGIN;\nALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID;\nCOMMIT;\nBEGIN;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nCOMMIT;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
