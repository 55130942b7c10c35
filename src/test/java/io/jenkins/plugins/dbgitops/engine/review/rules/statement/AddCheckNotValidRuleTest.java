package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddCheckNotValidRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AddCheckNotValidRule();
    }

    @Test
    void shouldFlagEachCheckClauseOfAMultiClauseStatement() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders\n  ADD CONSTRAINT total_positive CHECK (total > 0),\n  ADD CHECK (customer_id > 0);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).contains("orders");
    }

    @Test
    void shouldAcceptANotValidCheckAndIgnoreOtherConstraints() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0) NOT VALID, ADD CONSTRAINT orders_status_key UNIQUE (status);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
