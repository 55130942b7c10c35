package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddPrimaryKeyUsingIndexRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AddPrimaryKeyUsingIndexRule();
    }

    @Test
    void shouldFlagAColumnAddedAsPrimaryKey() {
        String earlier = "CREATE TABLE orders (customer_id bigint);";
        String change = "ALTER TABLE orders ADD COLUMN uid bigserial PRIMARY KEY;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("orders");
    }

    @Test
    void shouldExemptANewTable() {
        String change = "CREATE TABLE items (id bigint);\nALTER TABLE items ADD PRIMARY KEY (id);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
