package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowAddColumnWithDefaultRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowAddColumnWithDefaultRule();
    }

    @Test
    void shouldFlagEvenAConstantDefaultAsBytebaseDoes() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "\nALTER TABLE orders ADD COLUMN priority int NOT NULL DEFAULT 0;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("priority");
    }

    @Test
    void shouldExemptATableCreatedInTheSameChange() {
        String change = "CREATE TABLE tech_book (id bigint PRIMARY KEY);\nALTER TABLE tech_book ADD COLUMN c int DEFAULT 0;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldIgnoreSetDefaultOnAnExistingColumn() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
