package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NonTransactionalRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new NonTransactionalRule();
    }

    @Test
    void shouldFlagConcurrentIndexesAsBytebaseDoes() {
        String change = "\nCREATE INDEX CONCURRENTLY tech_book_id_name ON tech_book (id, name);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(lines(findings)).containsExactly(2);
    }

    @Test
    void shouldIgnoreTransactionalStatements() {
        String change = "CREATE INDEX idx_tech_book_id_name ON tech_book (id, name);\nALTER TABLE tech_book ADD COLUMN a int;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
