package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisallowAddNotNullRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowAddNotNullRule();
    }

    @Test
    void shouldFlagSetNotNullNamingTheColumn() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders\n  ALTER COLUMN status SET NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
        assertThat(findings.get(0).message()).contains("\"status\" IS NOT NULL");
    }

    @Test
    void shouldAcceptSetNotNullAfterAValidatedCheckInTheSameFile() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD CONSTRAINT status_not_null CHECK (status IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT status_not_null;\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(findings).isEmpty();
    }

    @Test
    void shouldStillFlagWhenTheCheckWasNeverValidated() {
        String earlier = "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text, total numeric);";
        String change = "ALTER TABLE orders ADD CONSTRAINT status_not_null CHECK (status IS NOT NULL) NOT VALID;\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;";

        List<Finding> findings = findings(SqlEngine.POSTGRESQL, Map.of(), earlier, change);

        assertThat(lines(findings)).containsExactly(2);
    }

    @Test
    void shouldTrustAConstraintAddedEarlierAndValidatedHereFromPostgres12() {
        String change = "ALTER TABLE foo VALIDATE CONSTRAINT foo_bar_not_null;\nALTER TABLE foo ALTER COLUMN bar SET NOT NULL;";

        List<Finding> onDefault = findings(SqlEngine.POSTGRESQL, Map.of(), "", change);
        List<Finding> onPostgres11 = findings(SqlEngine.POSTGRESQL, Map.of("postgresVersion", 11), "", change);

        assertThat(onDefault).isEmpty();
        assertThat(lines(onPostgres11)).containsExactly(2);
    }
}
