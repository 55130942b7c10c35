package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddUniqueUsingIndexRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new AddUniqueUsingIndexRule();
    }

    @Test
    void shouldFlagAColumnAddedAsUnique() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "\nALTER TABLE orders ADD COLUMN code text UNIQUE;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("orders");
    }

    @Test
    void shouldExemptANewTable() {
        String change = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }
}
