package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultDisallowVolatileRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DefaultDisallowVolatileRule();
    }

    @Test
    void shouldFlagAStoredGeneratedColumnAndAnUnknownFunction() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD COLUMN total_cents bigint GENERATED ALWAYS AS (total * 100) STORED;\nALTER TABLE orders ADD COLUMN code text DEFAULT my_code();";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1, 2);
        assertThat(findings.get(0).message()).contains("orders.");
    }

    @Test
    void shouldStopReadingTheDefaultAtTheColumnConstraints() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD COLUMN code text DEFAULT 'a' CHECK (my_check(code)), ADD COLUMN n int DEFAULT random_int() NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(1);
        assertThat(findings.get(0).message()).contains("random_int");
    }

    @Test
    void shouldIgnoreCreateTableAsBytebaseDoes() {
        String change = "CREATE TABLE t (a serial PRIMARY KEY, b int DEFAULT 1, c boolean DEFAULT true, d text DEFAULT current_user, e uuid DEFAULT gen_random_uuid())";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldAcceptConstantsAndStableFunctionsAsPostgreSqlDoes() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD COLUMN b boolean DEFAULT true, ADD COLUMN s text DEFAULT lower('X'), ADD COLUMN at timestamptz DEFAULT CURRENT_TIMESTAMP;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }
}
